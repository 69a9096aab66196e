package io.posflow.contracts.partnerbank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.onboarding.ApplicationStatus;
import io.posflow.contracts.reasons.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The status of a partner bank's application changed (O7); {@code merchantNo} once APPROVED.
 *
 * @param bankCode      the partner bank, e.g. ICBC; never contains ':'
 * @param bankReference the bank's own application reference
 * @param reasons       why RETURNED, MANUAL_REVIEW or REJECTED; empty otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApplicationStatusChanged(
        String bankCode,
        String bankReference,
        String applicationId,
        ApplicationStatus status,
        List<Reason> reasons,
        String merchantNo,
        Instant changedAt) implements IntegrationEvent {

    public ApplicationStatusChanged {
        Objects.requireNonNull(bankCode, "bankCode");
        Objects.requireNonNull(bankReference, "bankReference");
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(status, "status");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        Objects.requireNonNull(changedAt, "changedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return bankCode + ":" + bankReference;
    }
}
