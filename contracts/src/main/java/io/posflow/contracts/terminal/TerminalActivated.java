package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.DeviceModel;
import java.time.Instant;
import java.util.Objects;

/**
 * The deposit swipe was approved: the terminal transacts (T3).
 *
 * @param depositTransactionId the deposit swipe's transaction id
 * @param depositFen           the deposit paid
 * @param activatedAt          the deposit swipe's capturedAt
 */
public record TerminalActivated(
        String serialNumber,
        String merchantNo,
        DeviceModel model,
        String depositTransactionId,
        long depositFen,
        Instant activatedAt) implements IntegrationEvent {

    public TerminalActivated {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(depositTransactionId, "depositTransactionId");
        Objects.requireNonNull(activatedAt, "activatedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
