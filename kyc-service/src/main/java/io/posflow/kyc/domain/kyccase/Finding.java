package io.posflow.kyc.domain.kyccase;

import io.posflow.contracts.reasons.ReasonCode;

import java.util.Objects;

/** A problem one {@link KycCheck} found, and what it means for the case: FAIL or REFER. */
public record Finding(KycReason reason, KycOutcome consequence) {

    public Finding {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(consequence, "consequence");
        if (consequence == KycOutcome.PASS) {
            throw new IllegalArgumentException("a finding is a problem: its consequence is FAIL or REFER");
        }
    }

    public static Finding fail(ReasonCode code, String message) {
        return new Finding(new KycReason(code, message), KycOutcome.FAIL);
    }

    public static Finding refer(ReasonCode code, String message) {
        return new Finding(new KycReason(code, message), KycOutcome.REFER);
    }
}
