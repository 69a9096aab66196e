package io.posflow.settlement.domain.payout;

/**
 * Where a payout is (S6). A failed attempt leaves it REQUESTED: it is retried, never dropped. HELD: its payee's
 * personal data was crypto-shredded (architecture §4), so it cannot be sent; it stays, failed and visible, for ops.
 */
public enum PayoutStatus {
    REQUESTED,
    COMPLETED,
    HELD
}
