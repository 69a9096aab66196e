package io.posflow.contracts.settlement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.DeviceModel;
import java.time.Instant;
import java.util.Objects;

/**
 * The deposit swipe was collected into the deposit liability instead of being paid to the merchant (S5);
 * deposit-service opens the Deposit on it (D1).
 *
 * @param transactionId the deposit swipe
 * @param capturedAt    the deposit swipe's capture time: the window starts here
 */
public record DepositCollected(
        String transactionId,
        String serialNumber,
        String merchantNo,
        DeviceModel deviceModel,
        long depositFen,
        Instant capturedAt) implements IntegrationEvent {

    public DepositCollected {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(deviceModel, "deviceModel");
        Objects.requireNonNull(capturedAt, "capturedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
