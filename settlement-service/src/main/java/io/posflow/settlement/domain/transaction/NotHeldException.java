package io.posflow.settlement.domain.transaction;

/** Only a sale held for review (S7) can be released or rejected. */
public class NotHeldException extends RuntimeException {

    public NotHeldException(TransactionId transactionId) {
        super("Transaction " + transactionId + " is not held for review");
    }
}
