package io.posflow.deposit.domain.deposit;

/** A refund request the deposit cannot grant (D3), with why. */
public class RefundNotRequestableException extends RuntimeException {

    public enum Why {
        /** The policy refunds automatically: there is nothing to ask for. */
        REFUND_AUTOMATIC,
        /** The qualifying volume has not reached the target. */
        TARGET_NOT_REACHED,
        /** The deposit was forfeited (D4). */
        DEPOSIT_FORFEITED
    }

    private final Why why;

    public RefundNotRequestableException(Why why, String message) {
        super(message);
        this.why = why;
    }

    public Why why() {
        return why;
    }
}
