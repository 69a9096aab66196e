package io.posflow.platform.messaging.inbound;

/**
 * The message refers to something this service has not seen yet (e.g. a settlement before the
 * deposit it belongs to). Not an error: the message is parked until {@code reference} arrives.
 */
public class ReferenceNotYetKnownException extends RuntimeException {

    private final String reference;

    public ReferenceNotYetKnownException(String reference) {
        super("Waiting for " + reference, null, false, false);
        this.reference = reference;
    }

    public String reference() {
        return reference;
    }
}
