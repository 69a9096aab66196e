package io.posflow.settlement.domain.ledger;

/**
 * The accounts of the double-entry ledger (S9). Merchant payable and deposit liability are kept per merchant
 * (every line carries its merchant); the others are the acquirer's.
 */
public enum LedgerAccount {
    /** What the acquirer owes the merchant: settled net, less service fees, until paid out. */
    MERCHANT_PAYABLE,
    /** The merchant discount and T0 surcharge earned (S1, S3). */
    FEE_REVENUE,
    /** Deposit swipes held for the merchant until refunded (S5, D3). */
    DEPOSIT_LIABILITY,
    /** Data-card fees earned (S4). */
    SERVICE_FEE_REVENUE,
    /**
     * The acquirer's settlement funds: what the card switch owes for captured money, less what has been paid
     * out to merchants' banks. Its balance is the money in transit.
     */
    CLEARING
}
