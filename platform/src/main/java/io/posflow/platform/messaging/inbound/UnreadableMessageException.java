package io.posflow.platform.messaging.inbound;

/**
 * The message cannot succeed however often it is retried (not JSON, unknown type, schema violation,
 * bad signature). Its message is the DLT reason: it must describe the problem without quoting values.
 */
public class UnreadableMessageException extends RuntimeException {

    private final String reasonCode;

    public UnreadableMessageException(String reasonCode, String reason) {
        super(reason);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
