package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.reasons.Reason;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The application is finally rejected, e.g. a blacklisted ID or credit code (O7).
 *
 * @param round the application round this outcome decides
 */
public record ApplicationRejected(String applicationId, int round, List<Reason> reasons, Instant rejectedAt)
        implements IntegrationEvent {

    public ApplicationRejected {
        Objects.requireNonNull(applicationId, "applicationId");
        if (round < 1) {
            throw new IllegalArgumentException("round must be at least 1: " + round);
        }
        Objects.requireNonNull(rejectedAt, "rejectedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
    }

    @JsonIgnore
    @Override
    public String key() {
        return applicationId;
    }
}
