package io.posflow.contracts.partnerbank;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.reasons.FieldError;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * onboarding-service refused a partner bank's message: bad signature, schema violation or format errors
 * (all listed at once). The bank may send a corrected application under a new reference.
 *
 * @param bankCode      the partner bank, e.g. ICBC; never contains ':'
 * @param bankReference the bank's own application reference
 * @param errors        every problem found; at least one
 */
public record ApplicationRefused(
        String bankCode,
        String bankReference,
        List<FieldError> errors,
        Instant refusedAt) implements IntegrationEvent {

    public ApplicationRefused {
        Objects.requireNonNull(bankCode, "bankCode");
        Objects.requireNonNull(bankReference, "bankReference");
        errors = errors == null ? List.of() : List.copyOf(errors);
        Objects.requireNonNull(refusedAt, "refusedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return bankCode + ":" + bankReference;
    }
}
