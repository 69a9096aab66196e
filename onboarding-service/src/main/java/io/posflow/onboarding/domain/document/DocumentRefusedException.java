package io.posflow.onboarding.domain.document;

/** An upload that is not kept; nothing of it stays in the object store or the table. */
public class DocumentRefusedException extends RuntimeException {

    public enum Reason {
        /** No file part, or no file name on it. */
        MISSING,
        EMPTY,
        TOO_LARGE,
        /** Not JPEG, PNG, MP4 or PDF by its content. */
        UNSUPPORTED_TYPE
    }

    private final Reason reason;

    public DocumentRefusedException(Reason reason) {
        super("Document refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
