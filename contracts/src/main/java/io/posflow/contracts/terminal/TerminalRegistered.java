package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.DeviceModel;
import java.time.Instant;
import java.util.Objects;

/**
 * A terminal entered stock: registered by the warehouse (T1).
 *
 * @param serialNumber vendor serial, 10–20 of A–Z and 0–9
 * @param vendor       the manufacturer
 */
public record TerminalRegistered(
        String serialNumber,
        DeviceModel model,
        String vendor,
        Instant registeredAt) implements IntegrationEvent {

    public TerminalRegistered {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(vendor, "vendor");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
