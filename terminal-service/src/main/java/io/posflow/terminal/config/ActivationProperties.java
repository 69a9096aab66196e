package io.posflow.terminal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Activation codes (T2).
 *
 * @param hashKey      base64, at least 32 bytes: the HMAC-SHA256 key of the stored code hashes (a secret)
 * @param codeValidity how long a code works after it is issued (30 days)
 * @param maxAttempts  wrong codes that lock the terminal until ops unlock it (5)
 */
@ConfigurationProperties("posflow.terminal.activation")
public record ActivationProperties(String hashKey, Duration codeValidity, int maxAttempts) {

    public ActivationProperties {
        if (hashKey == null || hashKey.isBlank()) {
            throw new IllegalArgumentException("posflow.terminal.activation.hash-key must be set");
        }
        if (codeValidity == null || codeValidity.isNegative() || codeValidity.isZero()) {
            throw new IllegalArgumentException("posflow.terminal.activation.code-validity must be positive");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("posflow.terminal.activation.max-attempts must be at least 1");
        }
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "ActivationProperties[codeValidity=" + codeValidity + ", maxAttempts=" + maxAttempts + "]";
    }
}
