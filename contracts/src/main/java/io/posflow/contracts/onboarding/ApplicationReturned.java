package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.reasons.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The application has fixable problems; the applicant may resubmit (O7).
 *
 * @param round the application round this outcome decides
 */
public record ApplicationReturned(String applicationId, int round, List<Reason> reasons, Instant returnedAt)
        implements IntegrationEvent {

    public ApplicationReturned {
        Objects.requireNonNull(applicationId, "applicationId");
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1: " + round);
        }
        Objects.requireNonNull(returnedAt, "returnedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @JsonIgnore
    @Override
    public String key() {
        return applicationId;
    }
}
