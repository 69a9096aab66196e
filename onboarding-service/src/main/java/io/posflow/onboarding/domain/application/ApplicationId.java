package io.posflow.onboarding.domain.application;

import java.util.Objects;
import java.util.UUID;

/** An application's id: a UUID, chosen by the web layer (or by the client's Idempotency-Key). */
public record ApplicationId(String value) {

    public ApplicationId {
        Objects.requireNonNull(value, "value");
        try {
            if (!UUID.fromString(value).toString().equals(value)) {
                throw new IllegalArgumentException("An application id is a lower-case UUID");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("An application id is a lower-case UUID");
        }
    }

    public static ApplicationId of(UUID uuid) {
        return new ApplicationId(uuid.toString());
    }

    /** Whether {@code value} is a valid application id. */
    public static boolean isValid(String value) {
        try {
            new ApplicationId(value);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** The plain id: Axon uses it as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}
