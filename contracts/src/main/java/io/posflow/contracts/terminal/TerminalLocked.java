package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * Too many wrong activation codes: the terminal is locked until ops unlock it (T2).
 *
 * @param failedAttempts wrong codes entered before the lock
 */
public record TerminalLocked(
        String serialNumber,
        String merchantNo,
        int failedAttempts,
        Instant lockedAt) implements IntegrationEvent {

    public TerminalLocked {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(lockedAt, "lockedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
