package io.posflow.contracts.deposit;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A Deposit was opened on DepositCollected (D1); its window runs.
 *
 * @param serialNumber        the terminal the deposit belongs to (after a replacement: the new serial)
 * @param depositFen          the deposit collected
 * @param windowStart         the deposit swipe's capturedAt
 * @param windowEnd           windowStart + the window (default 60 × 24 h)
 * @param qualifyingVolumeFen qualifying volume counted so far (D2)
 * @param targetFen           the volume that earns the refund (default 100,000 yuan)
 */
public record DepositHeld(
        String serialNumber,
        String merchantNo,
        long depositFen,
        Instant windowStart,
        Instant windowEnd,
        long qualifyingVolumeFen,
        long targetFen,
        Instant heldAt) implements IntegrationEvent {

    public DepositHeld {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(windowStart, "windowStart");
        Objects.requireNonNull(windowEnd, "windowEnd");
        Objects.requireNonNull(heldAt, "heldAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
