package io.posflow.onboarding.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The key of onboarding's keyed hashes of ID numbers (the transport keyring and the master key under the same
 * prefix are the platform's, {@code PersonalDataProperties}).
 *
 * @param lookupKey base64, at least 32 bytes: the HMAC key of the keyed hashes that find applications by ID number
 *                  (O8) and blacklisted ID numbers (O7) without keeping the number in clear
 */
@ConfigurationProperties("posflow.pii")
public record LookupKeyProperties(String lookupKey) {

    public LookupKeyProperties {
        if (lookupKey == null || lookupKey.isBlank()) {
            throw new IllegalArgumentException("posflow.pii.lookup-key must be set");
        }
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "LookupKeyProperties[lookupKey=***]";
    }
}
