package io.posflow.kyc.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * The keyring that unseals personal data for the provider checks (DESIGN §4). kyc never seals anything;
 * it holds the keys onboarding seals with.
 *
 * @param currentKeyId the key new values are sealed with (the codec needs one)
 * @param keys         key id to a base64-encoded 32-byte AES key; older keys stay to unseal older values
 */
@ConfigurationProperties("posflow.pii")
public record PiiProperties(String currentKeyId, Map<String, String> keys) {

    public PiiProperties {
        if (currentKeyId == null || currentKeyId.isBlank()) {
            throw new IllegalArgumentException("posflow.pii.current-key-id must be set");
        }
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("posflow.pii.keys must hold at least the current key");
        }
        keys = Map.copyOf(keys);
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "PiiProperties[currentKeyId=" + currentKeyId + ", keyIds=" + keys.keySet() + "]";
    }
}
