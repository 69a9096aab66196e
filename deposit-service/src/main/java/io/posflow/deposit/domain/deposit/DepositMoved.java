package io.posflow.deposit.domain.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * T8: the deposit {@code serialNumber} (its identifier, the serial it was opened for) moved from terminal
 * {@code fromSerialNumber} to {@code toSerialNumber}; its amount, window, volume and status are unchanged.
 */
@Revision("1")
public record DepositMoved(String serialNumber, String fromSerialNumber, String toSerialNumber,
                           Instant replacedAt) {
}
