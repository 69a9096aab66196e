package io.posflow.contracts.pii;

import java.util.Objects;

/**
 * A personal datum on the wire: readable by everybody only in its {@code masked} form; the clear value is
 * AES-GCM ciphertext that only key holders can {@link SealedValueCodec#unseal(SealedValue) unseal}.
 *
 * @param masked what other teams read, e.g. {@code 110***********1239}
 * @param sealed base64 of the 12-byte IV followed by the ciphertext and its tag
 * @param keyId  the id of the keyring key that sealed it (authenticated together with the ciphertext)
 */
public record SealedValue(String masked, String sealed, String keyId) {

    public SealedValue {
        Objects.requireNonNull(masked, "masked");
        Objects.requireNonNull(sealed, "sealed");
        Objects.requireNonNull(keyId, "keyId");
    }

    /** Only the masked form, so a logged event shows no ciphertext noise. */
    @Override
    public String toString() {
        return "SealedValue[" + masked + ", keyId=" + keyId + "]";
    }
}
