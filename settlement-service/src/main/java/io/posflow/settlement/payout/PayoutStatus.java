package io.posflow.settlement.payout;

/** Where a payout is (S6). A failed attempt leaves it REQUESTED: it is retried, never dropped. */
public enum PayoutStatus {
    REQUESTED,
    COMPLETED
}
