package io.posflow.settlement.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Base64;

/**
 * What settlement needs to recognise the merchant's own settlement card on a SALE (S7),
 * {@code posflow.settlement.risk.*}, besides the transport keyring ({@code posflow.pii.current-key-id} and
 * {@code .keys}, the platform's) that unseals the card number as received. Both are secrets; without them the
 * settlement-card check is off (the deposit-card check needs neither) and a WARN says so at start-up.
 *
 * @param cardFingerprintKey terminal-service's {@code card-fingerprint-key} (base64, ≥ 32 bytes): card hashes
 *                           on TransactionCaptured are HMAC-SHA256 under it
 */
@ConfigurationProperties("posflow.settlement.risk")
public record CashOutRiskProperties(String cardFingerprintKey) {

    public boolean cardFingerprintKeyConfigured() {
        return cardFingerprintKey != null && !cardFingerprintKey.isBlank();
    }

    public static byte[] decode(String setting, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64");
        }
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "CashOutRiskProperties[cardFingerprintKey=" + (cardFingerprintKeyConfigured() ? "***" : "unset") + "]";
    }
}
