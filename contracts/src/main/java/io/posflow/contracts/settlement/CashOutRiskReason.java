package io.posflow.contracts.settlement;

/** Why a SALE looks like a self-swipe (S7), matched by keyed card hash. */
public enum CashOutRiskReason {
    /** Paid with the card that paid the terminal's deposit. */
    DEPOSIT_CARD_USED,
    /** Paid with the merchant's own settlement card. */
    SETTLEMENT_CARD_USED
}
