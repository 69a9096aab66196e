package io.posflow.kyc.domain.kyccase;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.Objects;

/**
 * A KYC case's id, derived from what it verifies ({@code APPLICATION:<applicationId>:<round>}), so a
 * redelivered or re-published submission names the same case and opens nothing new.
 */
public record KycCaseId(String value) {

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public KycCaseId {
        Objects.requireNonNull(value, "value");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a case id must not be blank");
        }
    }

    public static KycCaseId of(SubjectType subjectType, String subjectId, int round) {
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        return new KycCaseId(subjectType.name() + ":" + subjectId + ":" + round);
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    /** Axon stores and looks up aggregates by the identifier's {@code toString()}. */
    @Override
    public String toString() {
        return value;
    }
}
