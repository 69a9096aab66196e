package io.posflow.deposit.domain.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The projection counted the qualifying volume up to the target (D2); internal, not published. With the
 * automatic refund mode DepositRefundTriggered follows at once, otherwise when the merchant asks (D3).
 */
@Revision("1")
public record DepositTargetReached(String serialNumber, long qualifyingVolumeFen, long targetFen, Instant reachedAt) {
}
