package io.posflow.settlement.domain.transaction;

/**
 * Only a recorded SALE settles: the deposit swipe is a deposit liability and never paid out (S5); voids and
 * refunds are settled with the void and refund rules, not as sales.
 */
public class TransactionNotSettleableException extends RuntimeException {

    public TransactionNotSettleableException(TransactionId transactionId, String why) {
        super("Transaction " + transactionId + " cannot be settled: " + why);
    }
}
