package io.posflow.settlement.domain.transaction;

/** What a {@link SettleRefund} did. The run never fails on a refund: one that cannot settle waits, visibly. */
public enum RefundOutcome {
    /** Settled as a negative TransactionSettled. */
    SETTLED,
    /** Already settled (nothing happens). */
    ALREADY_SETTLED,
    /** With the refunds already settled it would give back more than the sale's amount: left pending. */
    EXCEEDS_ORIGINAL
}
