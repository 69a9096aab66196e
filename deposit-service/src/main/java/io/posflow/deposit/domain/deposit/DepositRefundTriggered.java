package io.posflow.deposit.domain.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The qualifying volume reached the target inside the window (D3): the refund is due, once. It carries
 * the deposit's terms so the published DepositRefundTriggered can be mapped from it alone.
 */
@Revision("1")
public record DepositRefundTriggered(String serialNumber, String merchantNo, long depositFen, Instant windowStart,
                                     Instant windowEnd, long qualifyingVolumeFen, long targetFen,
                                     Instant triggeredAt) {
}
