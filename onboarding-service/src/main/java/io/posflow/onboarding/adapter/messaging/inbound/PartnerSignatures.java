package io.posflow.onboarding.adapter.messaging.inbound;

import java.security.GeneralSecurityException;
import java.security.Signature;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a partner bank's signature (architecture §5): ECDSA P-256 / SHA-256 over the record's value bytes,
 * base64 DER in {@code x-partner-signature}, the registered key's id in {@code x-partner-key-id}.
 */
public final class PartnerSignatures {

    private final PartnerKeyRegistry registry;

    public PartnerSignatures(PartnerKeyRegistry registry) {
        this.registry = Objects.requireNonNull(registry, "registry");
    }

    /** What the check found: the signer's bank, or why the signature does not count. */
    public sealed interface Verification {
    }

    /** @param bankCode the bank whose registered key verified the signature */
    public record Verified(String bankCode) implements Verification {
    }

    /**
     * @param code    {@code SIGNATURE_MISSING}, {@code KEY_UNKNOWN} or {@code SIGNATURE_INVALID}
     * @param message names the problem, never a header's value
     */
    public record Rejected(String code, String message) implements Verification {
    }

    /**
     * @param value     the record's value exactly as received
     * @param keyId     the {@code x-partner-key-id} header, or null
     * @param signature the {@code x-partner-signature} header, or null
     */
    public Verification verify(byte[] value, String keyId, String signature) {
        if (isBlank(keyId) || isBlank(signature)) {
            return new Rejected("SIGNATURE_MISSING",
                    "The message lacks the x-partner-signature or x-partner-key-id header.");
        }
        Optional<PartnerKeyRegistry.PartnerKey> key = registry.key(keyId.strip());
        if (key.isEmpty()) {
            return new Rejected("KEY_UNKNOWN", "x-partner-key-id names no registered partner key.");
        }
        try {
            byte[] der = Base64.getDecoder().decode(signature.strip());
            Signature ecdsa = Signature.getInstance("SHA256withECDSA");
            ecdsa.initVerify(key.get().publicKey());
            ecdsa.update(value == null ? new byte[0] : value);
            if (ecdsa.verify(der)) {
                return new Verified(key.get().bankCode());
            }
        } catch (IllegalArgumentException | GeneralSecurityException malformed) {
            // not base64, or not a DER ECDSA signature: as good as a wrong one
        }
        return new Rejected("SIGNATURE_INVALID",
                "x-partner-signature does not verify the value with the named key (base64 DER ECDSA P-256 / SHA-256).");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}
