package io.posflow.contracts.deposit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The deposit refund was paid (PayoutCompleted, D3); the merchant gets an SMS.
 *
 * @param serialNumber        the terminal the deposit belongs to (after a replacement: the new serial)
 * @param depositFen          the deposit collected
 * @param windowStart         the deposit swipe's capturedAt
 * @param windowEnd           windowStart + the window (default 60 × 24 h)
 * @param qualifyingVolumeFen qualifying volume counted so far (D2)
 * @param targetFen           the volume that earns the refund (default 100,000 yuan)
 * @param payoutId            the refund payout
 */
public record DepositRefunded(
        String serialNumber,
        String merchantNo,
        long depositFen,
        Instant windowStart,
        Instant windowEnd,
        long qualifyingVolumeFen,
        long targetFen,
        String payoutId,
        Instant refundedAt) implements IntegrationEvent {

    public DepositRefunded {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(refundedAt, "refundedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
