package io.posflow.onboarding.usecase.intake;

import io.posflow.platform.crypto.KeyedHash;

import java.util.Locale;
import java.util.Objects;

/**
 * The keyed hash that stands for an ID number wherever applications must be matched by it (O8 limits, O7
 * blacklist) without the number being kept in clear.
 */
public final class ApplicantKeys {

    private final KeyedHash hash;

    public ApplicantKeys(KeyedHash hash) {
        this.hash = Objects.requireNonNull(hash, "hash");
    }

    /** Case and surrounding blanks do not matter: {@code x} and {@code X} are the same check character. */
    public String of(String idNumber) {
        return hash.hex("id:" + idNumber.strip().toUpperCase(Locale.ROOT));
    }
}
