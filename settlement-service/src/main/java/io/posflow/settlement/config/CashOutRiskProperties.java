package io.posflow.settlement.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Map;

/**
 * What settlement needs to recognise the merchant's own settlement card on a SALE (S7),
 * {@code posflow.settlement.risk.*}. Both are secrets; without them the settlement-card check is off (the
 * deposit-card check needs neither) and a WARN says so at start-up.
 *
 * @param cardFingerprintKey terminal-service's {@code card-fingerprint-key} (base64, ≥ 32 bytes): card hashes
 *                           on TransactionCaptured are HMAC-SHA256 under it
 * @param piiCurrentKeyId    the sealing keyring's current key id (DESIGN §4), to unseal the settlement card number
 * @param piiKeys            key id to base64 AES key
 */
@ConfigurationProperties("posflow.settlement.risk")
public record CashOutRiskProperties(String cardFingerprintKey, String piiCurrentKeyId, Map<String, String> piiKeys) {

    public CashOutRiskProperties {
        piiKeys = piiKeys == null ? Map.of() : Map.copyOf(piiKeys);
    }

    public boolean settlementCardCheckConfigured() {
        return cardFingerprintKey != null && !cardFingerprintKey.isBlank() && piiCurrentKeyId != null
                && piiKeys.containsKey(piiCurrentKeyId);
    }

    /** Never prints key material. */
    @Override
    public String toString() {
        return "CashOutRiskProperties[cardFingerprintKey=" + (cardFingerprintKey == null ? "unset" : "***")
                + ", piiCurrentKeyId=" + piiCurrentKeyId + ", piiKeyIds=" + piiKeys.keySet() + "]";
    }
}
