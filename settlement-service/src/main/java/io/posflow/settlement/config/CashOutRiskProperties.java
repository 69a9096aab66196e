package io.posflow.settlement.config;

import io.posflow.contracts.pii.SealedValueCodec;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.Base64;
import java.util.Map;

/**
 * What settlement needs to recognise the merchant's own settlement card on a SALE (S7),
 * {@code posflow.settlement.risk.*}. Both are secrets; without them the settlement-card check is off (the
 * deposit-card check needs neither) and a WARN says so at start-up.
 *
 * @param cardFingerprintKey terminal-service's {@code card-fingerprint-key} (base64, ≥ 32 bytes): card hashes
 *                           on TransactionCaptured are HMAC-SHA256 under it
 * @param piiCurrentKeyId    the transport sealing keyring's current key id (DESIGN §4), to unseal the settlement
 *                           card number as received and to re-seal received personal data under its subject's key
 * @param piiKeys            key id to base64 AES key
 */
@ConfigurationProperties("posflow.settlement.risk")
public record CashOutRiskProperties(String cardFingerprintKey, String piiCurrentKeyId, Map<String, String> piiKeys) {

    public CashOutRiskProperties {
        piiKeys = piiKeys == null ? Map.of() : Map.copyOf(piiKeys);
    }

    public boolean settlementCardCheckConfigured() {
        return cardFingerprintKey != null && !cardFingerprintKey.isBlank() && transportKeyringConfigured();
    }

    /** Whether the transport keyring (the keys personal data travels sealed under on the topics) is set. */
    public boolean transportKeyringConfigured() {
        return piiCurrentKeyId != null && piiKeys.containsKey(piiCurrentKeyId);
    }

    /** The transport keyring, as the other services seal with it (DESIGN §4). */
    public SealedValueCodec transportKeyring() {
        if (!transportKeyringConfigured()) {
            throw new IllegalStateException("posflow.settlement.risk.pii-current-key-id and .pii-keys are not configured");
        }
        return SealedValueCodec.fromBase64("posflow.settlement.risk.pii-keys", piiKeys, piiCurrentKeyId);
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
        return "CashOutRiskProperties[cardFingerprintKey=" + (cardFingerprintKey == null ? "unset" : "***")
                + ", piiCurrentKeyId=" + piiCurrentKeyId + ", piiKeyIds=" + piiKeys.keySet() + "]";
    }
}
