package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.DeviceModel;
import java.time.Instant;
import java.util.Objects;

/**
 * A faulty ACTIVE terminal was replaced by a stock terminal of the same model (换机, T8); the deposit,
 * its window and its volume carry over to the new serial. Keyed by the old serial.
 *
 * @param serialNumber    the replaced (old) terminal
 * @param newSerialNumber the terminal that takes over
 */
public record TerminalReplaced(
        String serialNumber,
        String newSerialNumber,
        String merchantNo,
        DeviceModel model,
        Instant replacedAt) implements IntegrationEvent {

    public TerminalReplaced {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(newSerialNumber, "newSerialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(replacedAt, "replacedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
