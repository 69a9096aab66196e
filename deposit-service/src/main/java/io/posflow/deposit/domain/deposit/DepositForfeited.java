package io.posflow.deposit.domain.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The window ended short of the target and settlement closed the window end's business date (D4): the
 * deposit is kept. The volume is final; what settles later is not counted.
 */
@Revision("1")
public record DepositForfeited(String serialNumber, String merchantNo, long depositFen, Instant windowStart,
                               Instant windowEnd, long qualifyingVolumeFen, long targetFen, Instant forfeitedAt) {
}
