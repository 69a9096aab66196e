package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.DeviceModel;
import java.time.Instant;
import java.util.Objects;

/**
 * A stock terminal was bound to exactly one merchant (一机一户, T2).
 */
public record TerminalBound(
        String serialNumber,
        String merchantNo,
        DeviceModel model,
        Instant boundAt) implements IntegrationEvent {

    public TerminalBound {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(boundAt, "boundAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
