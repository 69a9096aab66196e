package io.posflow.onboarding.domain.checks;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of a format check: the parsed value, or the problems that prevent it. Messages name what
 * is wrong, never the submitted value (it may be personal data).
 *
 * @param value    present exactly when there are no problems
 * @param problems in the order they were found; empty when the value is valid
 */
public record Checked<T>(Optional<T> value, List<Reason> problems) {

    public Checked {
        Objects.requireNonNull(value, "value");
        problems = List.copyOf(problems);
        if (value.isPresent() == !problems.isEmpty()) {
            throw new IllegalArgumentException("A checked value has either a value or problems");
        }
    }

    public static <T> Checked<T> valid(T value) {
        return new Checked<>(Optional.of(value), List.of());
    }

    public static <T> Checked<T> invalid(List<Reason> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("An invalid value has at least one problem");
        }
        return new Checked<>(Optional.empty(), problems);
    }

    public boolean isValid() {
        return problems.isEmpty();
    }

    /** The distinct codes of the problems, in the order first found. */
    public List<ReasonCode> codes() {
        return problems.stream().map(Reason::code).distinct().toList();
    }

    /** The value, for a caller that has checked {@link #isValid()}. */
    public T orElseThrow() {
        return value.orElseThrow(() -> new IllegalStateException("Invalid: " + codes()));
    }
}
