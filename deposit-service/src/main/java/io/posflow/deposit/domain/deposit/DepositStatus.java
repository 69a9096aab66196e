package io.posflow.deposit.domain.deposit;

/** HELD → REFUND_TRIGGERED → REFUNDED, or HELD → FORFEITED (architecture §2). */
public enum DepositStatus {
    HELD, REFUND_TRIGGERED, REFUNDED, FORFEITED
}
