package io.posflow.onboarding.domain.merchant;

import java.util.Objects;

/** A merchant category code: 4 digits, e.g. 5411 (grocery stores). */
public record Mcc(String value) {

    public Mcc {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("An MCC has 4 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
