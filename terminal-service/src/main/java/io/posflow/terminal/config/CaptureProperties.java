package io.posflow.terminal.config;

import io.posflow.terminal.terminal.Money;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Capture (T4, T5).
 *
 * @param perTransactionLimitFen T4: the largest single SALE (50,000 yuan)
 * @param cardFingerprintKey     base64, at least 32 bytes: the HMAC-SHA256 key of card fingerprints and of the
 *                               stored request hashes (a secret; settlement needs the same key to match the
 *                               settlement card for S7)
 */
@ConfigurationProperties("posflow.terminal.capture")
public record CaptureProperties(long perTransactionLimitFen, String cardFingerprintKey) {

    public CaptureProperties {
        if (perTransactionLimitFen <= 0) {
            throw new IllegalArgumentException("posflow.terminal.capture.per-transaction-limit-fen must be positive");
        }
        if (cardFingerprintKey == null || cardFingerprintKey.isBlank()) {
            throw new IllegalArgumentException("posflow.terminal.capture.card-fingerprint-key must be set");
        }
    }

    public Money perTransactionLimit() {
        return Money.ofFen(perTransactionLimitFen);
    }

    /** Never prints the key. */
    @Override
    public String toString() {
        return "CaptureProperties[perTransactionLimitFen=" + perTransactionLimitFen + "]";
    }
}
