package io.posflow.platform.pii;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Period;

/**
 * Per-subject encryption at rest (DESIGN §4).
 *
 * @param masterKey   base64 32-byte AES key that wraps the subjects' data keys; a secret
 * @param archiveDuty how long after the relationship ends a subject's data must still be kept (5 years)
 */
@ConfigurationProperties("posflow.pii")
public record PersonalDataProperties(String masterKey, @DefaultValue("P5Y") Period archiveDuty) {

    /** Never prints the master key. */
    @Override
    public String toString() {
        return "PersonalDataProperties[archiveDuty=" + archiveDuty + "]";
    }
}
