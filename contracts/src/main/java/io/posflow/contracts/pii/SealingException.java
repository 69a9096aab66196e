package io.posflow.contracts.pii;

/** Sealing or unsealing failed. Messages never contain the clear value. */
public class SealingException extends RuntimeException {

    public SealingException(String message) {
        super(message);
    }

    public SealingException(String message, Throwable cause) {
        super(message, cause);
    }
}
