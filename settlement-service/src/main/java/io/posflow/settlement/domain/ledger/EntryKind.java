package io.posflow.settlement.domain.ledger;

/** The business facts the ledger posts (S9). */
public enum EntryKind {
    /** A SALE settled (T1 or T0): the switch owes the amount; the merchant is owed the net; the fees are earned. */
    SALE_SETTLED,
    /** A REFUND settled (negative): the mirror of a sale. */
    REFUND_SETTLED,
    /** The deposit swipe held as a liability (S5). */
    DEPOSIT_COLLECTED,
    /** A settlement payout reached the merchant's bank (S6). */
    SETTLEMENT_PAID,
    /** A deposit refund reached the merchant's bank (D3, S6). */
    DEPOSIT_REFUNDED,
    /** A data-card fee charged to the merchant (S4). */
    SERVICE_FEE_CHARGED
}
