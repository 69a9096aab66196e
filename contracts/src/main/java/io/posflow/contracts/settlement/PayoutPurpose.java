package io.posflow.contracts.settlement;

/** What a payout pays: settled transactions, or a deposit refund (D3). */
public enum PayoutPurpose {
    SETTLEMENT, DEPOSIT_REFUND
}
