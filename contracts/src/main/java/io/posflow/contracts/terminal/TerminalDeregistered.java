package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The terminal stopped transacting for good (T6); what it captured still settles.
 */
public record TerminalDeregistered(
        String serialNumber,
        String merchantNo,
        Instant deregisteredAt) implements IntegrationEvent {

    public TerminalDeregistered {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(deregisteredAt, "deregisteredAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
