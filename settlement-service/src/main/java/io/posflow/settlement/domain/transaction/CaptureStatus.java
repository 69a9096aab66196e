package io.posflow.settlement.domain.transaction;

/** Where a captured transaction is in settlement. */
public enum CaptureStatus {
    /** Waiting for its settlement run (T+1, S2; a REFUND too, whatever the merchant's speed). */
    PENDING_SETTLEMENT,
    /** Settled: its fees are fixed and its net is owed to the merchant (S1, S2; T0 at capture, S3). */
    SETTLED,
    /** The deposit swipe, held as a deposit liability and never paid to the merchant (S5). */
    DEPOSIT_COLLECTED,
    /** A SALE voided before its run (T5): it never settles and never counts (D2). */
    VOIDED,
    /** A SALE flagged as a possible self-swipe (S7): not settled until ops release it. */
    HELD_FOR_REVIEW,
    /** A held SALE ops rejected (S7): never paid. */
    REJECTED
}
