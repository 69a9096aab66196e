package io.posflow.settlement.domain.transaction;

/** A transaction settles once: a second settlement would pay the merchant twice (S2). */
public class TransactionAlreadySettledException extends RuntimeException {

    public TransactionAlreadySettledException(TransactionId transactionId) {
        super("Transaction " + transactionId + " is already settled");
    }
}
