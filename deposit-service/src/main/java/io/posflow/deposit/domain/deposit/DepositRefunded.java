package io.posflow.deposit.domain.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** Settlement paid the refund to the settlement account (PayoutCompleted, D3); the Deposit is closed. */
@Revision("1")
public record DepositRefunded(String serialNumber, String merchantNo, long depositFen, Instant windowStart,
                              Instant windowEnd, long qualifyingVolumeFen, long targetFen, String payoutId,
                              Instant refundedAt) {
}
