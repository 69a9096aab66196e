package io.posflow.platform.pii;

import io.posflow.contracts.pii.SealedValueCodec;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;
import java.util.Map;
import java.util.Optional;

/**
 * Personal data (architecture §4): the transport keyring it travels sealed under on the topics, and the
 * per-subject encryption at rest.
 *
 * @param currentKeyId the transport key that seals new values
 * @param keys         transport key id to a base64-encoded 32-byte AES key; older keys stay to unseal older values
 * @param masterKey    base64 32-byte AES key that wraps the subjects' data keys; a secret
 * @param archiveDuty  how long after the relationship ends a subject's data must still be kept (5 years)
 */
@ConfigurationProperties("posflow.pii")
public record PersonalDataProperties(String currentKeyId, Map<String, String> keys, String masterKey,
                                     @DefaultValue("P5Y") Period archiveDuty) {

    public PersonalDataProperties {
        keys = keys == null ? Map.of() : Map.copyOf(keys);
    }

    /** The transport keyring, when {@code current-key-id} is set: every key must then decode. */
    Optional<SealedValueCodec> transportKeyring() {
        if (currentKeyId == null || currentKeyId.isBlank()) {
            return Optional.empty();
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("posflow.pii.keys must hold at least the current key " + currentKeyId);
        }
        return Optional.of(SealedValueCodec.fromBase64("posflow.pii.keys", keys, currentKeyId));
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "PersonalDataProperties[currentKeyId=" + currentKeyId + ", keyIds=" + keys.keySet() + ", archiveDuty="
                + archiveDuty + "]";
    }
}
