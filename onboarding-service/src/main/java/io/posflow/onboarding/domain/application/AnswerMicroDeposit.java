package io.posflow.onboarding.domain.application;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** K10: the applicant states the micro-deposit amount its corporate account received. */
public record AnswerMicroDeposit(@TargetAggregateIdentifier ApplicationId applicationId, long amountFen,
                                 Instant answeredAt) {

    public AnswerMicroDeposit {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(answeredAt, "answeredAt");
    }
}
