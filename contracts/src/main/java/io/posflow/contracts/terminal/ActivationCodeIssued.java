package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * An activation code was issued (or reissued) and sent to the merchant by SMS (T2).
 * The code itself never appears on a topic.
 *
 * @param expiresAt after this the code is refused with ACTIVATION_CODE_EXPIRED
 */
public record ActivationCodeIssued(
        String serialNumber,
        String merchantNo,
        Instant issuedAt,
        Instant expiresAt) implements IntegrationEvent {

    public ActivationCodeIssued {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
