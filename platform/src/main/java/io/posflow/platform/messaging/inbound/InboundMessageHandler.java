package io.posflow.platform.messaging.inbound;

import java.util.Set;

/**
 * A service's handler for the topics it consumes. It runs inside the transaction that records the
 * message as received, so its database effects and the de-duplication record commit together.
 * <ul>
 *   <li>throw {@link UnreadableMessageException} when the message can never succeed (→ DLT at once);</li>
 *   <li>throw {@link ReferenceNotYetKnownException} when it refers to something not seen yet (→ parked);</li>
 *   <li>call {@link InboundContext#referenceArrived(String)} when it makes a reference known, to apply
 *       what was parked waiting for it;</li>
 *   <li>any other exception is retried a bounded number of times, then the message goes to the DLT.</li>
 * </ul>
 */
public interface InboundMessageHandler {

    Set<String> topics();

    void handle(InboundMessage message, InboundContext context);
}
