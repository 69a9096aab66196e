package io.posflow.deposit.domain.deposit;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * The deposit was collected and its terms fixed (D1): the window, the target, what qualifies and the refund
 * mode of its device model's policy at that moment. Events stored before the policy had {@code qualifying}
 * and {@code refundMode} read them as null: ALL_SALES and AUTOMATIC, the only terms there were.
 */
@Revision("1")
public record DepositOpened(String serialNumber, String depositTransactionId, String merchantNo,
                            DeviceModel deviceModel, long depositFen, Instant windowStart, Instant windowEnd,
                            long targetFen, Qualifying qualifying, RefundMode refundMode, Instant openedAt) {

    public Qualifying qualifyingOrDefault() {
        return qualifying == null ? Qualifying.ALL_SALES : qualifying;
    }

    public RefundMode refundModeOrDefault() {
        return refundMode == null ? RefundMode.AUTOMATIC : refundMode;
    }
}
