package io.posflow.terminal.domain.terminal;

import java.time.Instant;
import java.util.Objects;

/**
 * What the terminal keeps of a freshly issued activation code (T2): its keyed hash, when it expires and how
 * many wrong tries lock the terminal. The digits themselves only ever travel in the SMS.
 */
public record NewActivationCode(ActivationCodeHash hash, Instant expiresAt, int attemptsAllowed) {

    public NewActivationCode {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(expiresAt, "expiresAt");
        if (attemptsAllowed < 1) {
            throw new IllegalArgumentException("At least one attempt is allowed");
        }
    }
}
