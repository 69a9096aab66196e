package io.posflow.contracts.partnerbank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * onboarding-service accepted a partner bank's application for review under {@code applicationId}.
 *
 * @param bankCode      the partner bank, e.g. ICBC; never contains ':'
 * @param bankReference the bank's own application reference
 */
public record ApplicationReceived(
        String bankCode,
        String bankReference,
        String applicationId,
        Instant receivedAt) implements IntegrationEvent {

    public ApplicationReceived {
        Objects.requireNonNull(bankCode, "bankCode");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(receivedAt, "receivedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return bankCode + ":" + bankReference;
    }
}
