package io.posflow.deposit.domain.deposit;

/**
 * A refund payout does not match the deposit: another merchant, another amount than the deposit, or a
 * second payout for a deposit already refunded. Settlement must look at it; nothing is recorded.
 */
public class RefundPayoutMismatchException extends RuntimeException {

    public RefundPayoutMismatchException(String message) {
        super(message);
    }
}
