package io.posflow.deposit.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * A settled transaction was counted (D2): {@code amountFen} is negative for a REFUND;
 * {@code qualifyingVolumeFen} is the deposit's volume after it.
 */
@Revision("1")
public record QualifyingVolumeRecorded(String serialNumber, String transactionId, long amountFen,
                                       Instant capturedAt, long qualifyingVolumeFen) {
}
