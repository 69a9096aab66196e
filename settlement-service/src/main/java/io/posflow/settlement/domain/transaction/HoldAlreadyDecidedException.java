package io.posflow.settlement.domain.transaction;

/** A held sale is released or rejected once (S7): the other decision after it is refused. */
public class HoldAlreadyDecidedException extends RuntimeException {

    public HoldAlreadyDecidedException(TransactionId transactionId, CaptureStatus status) {
        super("The hold of " + transactionId + " was already decided: " + status);
    }
}
