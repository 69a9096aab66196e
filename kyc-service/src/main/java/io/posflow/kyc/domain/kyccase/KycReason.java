package io.posflow.kyc.domain.kyccase;

import io.posflow.contracts.reasons.ReasonCode;

import java.util.Objects;

/** Why a case failed or was referred: a catalogue code and a message that names fields, never values. */
public record KycReason(ReasonCode code, String message) {

    public KycReason {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
    }
}
