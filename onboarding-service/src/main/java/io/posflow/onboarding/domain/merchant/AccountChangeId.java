package io.posflow.onboarding.domain.merchant;

import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/** A settlement account change's id (O10): a lower-case UUID, the subject id of its KYC case. */
public record AccountChangeId(String value) {

    public AccountChangeId {
        Objects.requireNonNull(value, "value");
        if (!isValid(value)) {
            throw new IllegalArgumentException("An account change id is a lower-case UUID");
        }
    }

    public static AccountChangeId of(UUID uuid) {
        return new AccountChangeId(uuid.toString());
    }

    public static boolean isValid(String value) {
        if (value == null || !value.equals(value.toLowerCase(Locale.ROOT))) {
            return false;
        }
        try {
            return UUID.fromString(value).toString().equals(value);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
