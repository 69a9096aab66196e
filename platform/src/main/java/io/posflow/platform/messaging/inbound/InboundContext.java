package io.posflow.platform.messaging.inbound;

/** What a handler can tell the pipeline while it handles a message. */
public interface InboundContext {

    /** The reference is now known: messages parked waiting for it are applied after this one commits. */
    void referenceArrived(String reference);
}
