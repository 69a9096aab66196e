package io.posflow.kyc.domain.kyccase;

import java.time.Duration;
import java.util.Objects;

/**
 * K10: how long the merchant has to state a micro-deposit, and the wrong answer that fails the case
 * (settings {@code posflow.kyc.micro-deposit.*}).
 */
public record MicroDepositTerms(Duration answerWindow, int maxWrongAnswers) {

    public MicroDepositTerms {
        Objects.requireNonNull(answerWindow, "answerWindow");
        if (answerWindow.isNegative() || answerWindow.isZero()) {
            throw new IllegalArgumentException("K10: the answer window must be positive");
        }
        if (maxWrongAnswers < 1) {
            throw new IllegalArgumentException("K10: the wrong answer that fails the case is at least the first");
        }
    }
}
