package io.posflow.deposit.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The Deposit was opened and is HELD; its window and target are fixed from here on. Stored events
 * carry plain values so the stored JSON stays flat and readable.
 */
@Revision("1")
public record DepositOpened(String serialNumber, String depositTransactionId, String merchantNo,
                            DeviceModel deviceModel, long depositFen, Instant windowStart, Instant windowEnd,
                            long targetFen, Instant openedAt) {
}
