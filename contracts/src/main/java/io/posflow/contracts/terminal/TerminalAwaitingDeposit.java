package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The activation code was accepted; the terminal now waits for the deposit swipe (T3).
 *
 * @param depositFen the model's deposit the first SALE must pay
 */
public record TerminalAwaitingDeposit(
        String serialNumber,
        String merchantNo,
        long depositFen,
        Instant codeAcceptedAt) implements IntegrationEvent {

    public TerminalAwaitingDeposit {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(codeAcceptedAt, "codeAcceptedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
