package io.posflow.settlement.domain.transaction;

/** What a {@link VoidSale} did. */
public enum VoidOutcome {
    /** The pending sale is cancelled: it will never settle. */
    VOIDED,
    /** The sale was already voided (the void was delivered again). */
    ALREADY_VOIDED,
    /**
     * The sale had already settled (a void racing its run): the money is not taken back silently; the void is
     * recorded as held for ops and reported. Answered once per void.
     */
    REPORTED_AFTER_SETTLEMENT,
    /** This void was already reported after settlement. */
    ALREADY_REPORTED,
    /** Not a sale that a void applies to (the deposit swipe, a refund, a void): nothing changes. */
    NOT_VOIDABLE
}
