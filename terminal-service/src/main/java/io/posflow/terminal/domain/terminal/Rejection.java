package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

import java.util.Objects;

/**
 * A capture policy's "no" (T4, T5): the catalogue reason the device is answered with, and the rule that was broken.
 * The reason alone does not always tell the rule — eight VOID rules all answer {@code VOID_NOT_ALLOWED}, the catalogue
 * having one code for them — so the rule is named too, for tests and for whoever reads the code.
 *
 * @param rule the broken rule, a constant of the policy's own {@code Rule} enum
 */
public record Rejection(ReasonCode reason, Enum<?> rule) {

    public Rejection {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(rule, "rule");
    }
}
