package io.posflow.terminal.usecase;

import io.posflow.terminal.domain.terminal.NewActivationCode;

/**
 * A freshly drawn activation code: the 12 digits for the SMS, and what the terminal keeps of them. Never
 * prints the digits, so a log line or an exception message cannot leak them.
 */
public final class IssuedCode {

    private final String digits;
    private final NewActivationCode kept;

    IssuedCode(String digits, NewActivationCode kept) {
        this.digits = digits;
        this.kept = kept;
    }

    String digits() {
        return digits;
    }

    public NewActivationCode kept() {
        return kept;
    }

    @Override
    public String toString() {
        return "IssuedCode[************, expiresAt=" + kept.expiresAt() + "]";
    }
}
