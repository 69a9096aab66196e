package io.posflow.kyc.domain.kyccase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** K10: the answer window may have closed; a case still waiting at or after {@code answerBy} fails. */
public record ExpireMicroDeposit(@TargetAggregateIdentifier KycCaseId caseId, Instant at) {

    public ExpireMicroDeposit {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(at, "at");
    }
}
