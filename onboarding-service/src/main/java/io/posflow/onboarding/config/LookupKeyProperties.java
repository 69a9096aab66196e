package io.posflow.onboarding.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The keyring that seals personal data (DESIGN §4).
 *
 * @param currentKeyId the key that seals new values
 * @param keys         key id to a base64-encoded 32-byte AES key; older keys stay to unseal older values
 * @param lookupKey    base64, at least 32 bytes: the HMAC key of the keyed hashes that find applications by
 *                     ID number (O8) and blacklisted ID numbers (O7) without keeping the number in clear
 */
@ConfigurationProperties("posflow.pii")
public record PiiProperties(String currentKeyId, Map<String, String> keys, String lookupKey) {

    public PiiProperties {
        if (currentKeyId == null || currentKeyId.isBlank()) {
            throw new IllegalArgumentException("posflow.pii.current-key-id must be set");
        }
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("posflow.pii.keys must hold at least the current key");
        }
        keys = Map.copyOf(keys);
        if (lookupKey == null || lookupKey.isBlank()) {
            throw new IllegalArgumentException("posflow.pii.lookup-key must be set");
        }
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "PiiProperties[currentKeyId=" + currentKeyId + ", keyIds=" + keys.keySet() + "]";
    }
}
