package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * Ops unlocked a locked terminal; it accepts activation codes again.
 */
public record TerminalUnlocked(
        String serialNumber,
        String merchantNo,
        Instant unlockedAt) implements IntegrationEvent {

    public TerminalUnlocked {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(unlockedAt, "unlockedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
