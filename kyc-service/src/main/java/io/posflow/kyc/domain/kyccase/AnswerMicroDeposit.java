package io.posflow.kyc.domain.kyccase;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * K10: the merchant's stated amount. Right → the account is confirmed; wrong → counted, and the
 * {@code maxWrongAnswers}-th wrong answer fails the case.
 */
public record AnswerMicroDeposit(@TargetAggregateIdentifier KycCaseId caseId, long amountFen, Instant answeredAt,
                                 int maxWrongAnswers) {

    public AnswerMicroDeposit {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(answeredAt, "answeredAt");
        if (maxWrongAnswers < 1) {
            throw new IllegalArgumentException("maxWrongAnswers must be at least 1");
        }
    }
}
