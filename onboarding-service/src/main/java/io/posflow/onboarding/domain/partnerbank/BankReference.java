package io.posflow.onboarding.domain.partnerbank;

import io.posflow.onboarding.domain.application.ApplicationId;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A partner bank's application as the bank names it: its bank code and its own reference (architecture §4: the
 * Kafka key {@code bankCode:bankReference} of both partner-bank topics).
 *
 * @param bankCode      e.g. ICBC; never contains ':'
 * @param bankReference the bank's own application reference, not empty
 */
public record BankReference(String bankCode, String bankReference) {

    public BankReference {
        Objects.requireNonNull(bankCode, "bankCode");
        Objects.requireNonNull(bankReference, "bankReference");
        if (bankCode.isEmpty() || bankCode.indexOf(':') >= 0 || bankReference.isEmpty()) {
            throw new IllegalArgumentException("A bank reference is a bank code without ':' and a non-empty reference");
        }
    }

    /** The key {@code bankCode:bankReference}, split at its first ':'; empty when it is not of that form. */
    public static Optional<BankReference> parse(String key) {
        if (key == null) {
            return Optional.empty();
        }
        int colon = key.indexOf(':');
        if (colon < 1 || colon == key.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new BankReference(key.substring(0, colon), key.substring(colon + 1)));
    }

    public String key() {
        return bankCode + ":" + bankReference;
    }

    /**
     * The application's id, a name-based UUID of the key: every delivery and every repetition of a bank's
     * application names the same application (ADR 14).
     */
    public ApplicationId applicationId() {
        return ApplicationId.of(UUID.nameUUIDFromBytes(("partner-bank:" + key()).getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public String toString() {
        return key();
    }
}
