package io.posflow.kyc.config;

import io.posflow.kyc.domain.kyccase.MicroDepositTerms;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * kyc's business settings.
 *
 * @param face         the face check (K5)
 * @param microDeposit the corporate account check (K10)
 */
@ConfigurationProperties("posflow.kyc")
public record KycProperties(@DefaultValue Face face, @DefaultValue MicroDeposit microDeposit) {

    /**
     * @param threshold the lowest provider score (0–100) that passes the face check (K5)
     */
    public record Face(@DefaultValue("80") int threshold) {

        public Face {
            if (threshold < 0 || threshold > 100) {
                throw new IllegalArgumentException("posflow.kyc.face.threshold must be 0..100: " + threshold);
            }
        }
    }

    /**
     * @param answerWindow    K10: how long after the micro-deposit the merchant may state it
     * @param maxWrongAnswers K10: the wrong answer that fails the case
     */
    public record MicroDeposit(@DefaultValue("3d") Duration answerWindow, @DefaultValue("3") int maxWrongAnswers) {

        public MicroDeposit {
            if (answerWindow.isNegative() || answerWindow.isZero()) {
                throw new IllegalArgumentException("posflow.kyc.micro-deposit.answer-window must be positive");
            }
            if (maxWrongAnswers < 1) {
                throw new IllegalArgumentException("posflow.kyc.micro-deposit.max-wrong-answers must be at least 1");
            }
        }

        public MicroDepositTerms terms() {
            return new MicroDepositTerms(answerWindow, maxWrongAnswers);
        }
    }
}
