package io.posflow.deposit.domain.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A refund payout attempt failed (PayoutFailed). Kept for the record only: the Deposit stays
 * REFUND_TRIGGERED, because retrying the payout is settlement's job (S6).
 *
 * @param reason the bank's answer as settlement published it, without account details
 */
@Revision("1")
public record RefundPayoutFailed(String serialNumber, String payoutId, int attempt, String reason, Instant failedAt) {
}
