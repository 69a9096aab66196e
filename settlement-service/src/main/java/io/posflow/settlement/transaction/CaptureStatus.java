package io.posflow.settlement.transaction;

/** Where a captured transaction is in settlement. */
public enum CaptureStatus {
    /** Waiting for its settlement run (T+1, S2). */
    PENDING_SETTLEMENT,
    /** The deposit swipe, held as a deposit liability and never paid to the merchant (S5). */
    DEPOSIT_COLLECTED
}
