package io.posflow.terminal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Capture (T5). T4's limits are {@link LimitProperties}.
 *
 * @param cardFingerprintKey base64, at least 32 bytes: the HMAC-SHA256 key of card fingerprints and of the stored
 *                           request hashes (a secret; settlement needs the same key to match the settlement card
 *                           for S7)
 */
@ConfigurationProperties("posflow.terminal.capture")
public record CaptureProperties(String cardFingerprintKey) {

    public CaptureProperties {
        if (cardFingerprintKey == null || cardFingerprintKey.isBlank()) {
            throw new IllegalArgumentException("posflow.terminal.capture.card-fingerprint-key must be set");
        }
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "CaptureProperties[cardFingerprintKey=***]";
    }
}
