package io.posflow.kyc.domain.kyccase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** Records the outcome of an open case's checks: passed without reasons, failed or referred with them. */
public record DecideKycCase(@TargetAggregateIdentifier KycCaseId caseId, KycOutcome outcome, List<KycReason> reasons,
                            Instant decidedAt) {

    public DecideKycCase {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(decidedAt, "decidedAt");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        if (outcome == KycOutcome.PASS && !reasons.isEmpty()) {
            throw new IllegalArgumentException("a passed case has no reasons");
        }
        if (outcome != KycOutcome.PASS && reasons.isEmpty()) {
            throw new IllegalArgumentException("a " + outcome + " decision needs at least one reason");
        }
    }

    public static DecideKycCase from(KycCaseId caseId, KycVerdict verdict, Instant decidedAt) {
        return new DecideKycCase(caseId, verdict.outcome(), verdict.reasons(), decidedAt);
    }
}
