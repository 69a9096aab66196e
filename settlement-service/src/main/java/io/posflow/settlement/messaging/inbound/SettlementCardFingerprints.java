package io.posflow.settlement.messaging.inbound;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.settlement.config.CashOutRiskProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The settlement card's fingerprint as terminal-service computes a card's on TransactionCaptured — HMAC-SHA256
 * of {@code "pan:" + PAN} under the shared card-fingerprint key, lower-case hex — so that a SALE on the
 * merchant's own settlement card is recognised (S7). The card number is unsealed only for this and never kept:
 * only the fingerprint leaves this class. Off (empty) when the keys are not configured.
 */
@Component
class SettlementCardFingerprints {

    private static final Logger log = LoggerFactory.getLogger(SettlementCardFingerprints.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SealedValueCodec sealing;
    private final SecretKeySpec key;

    SettlementCardFingerprints(CashOutRiskProperties settings) {
        if (!settings.settlementCardCheckConfigured()) {
            log.warn("posflow.settlement.risk keys are not configured: sales on the settlement card are not "
                    + "recognised as self-swipes (S7); the deposit card still is");
            this.sealing = null;
            this.key = null;
            return;
        }
        Map<String, byte[]> keyring = new LinkedHashMap<>();
        settings.piiKeys().forEach((id, k) -> keyring.put(id, decode("posflow.settlement.risk.pii-keys." + id, k)));
        this.sealing = new SealedValueCodec(keyring, settings.piiCurrentKeyId());
        byte[] fingerprintKey = decode("posflow.settlement.risk.card-fingerprint-key", settings.cardFingerprintKey());
        if (fingerprintKey.length < 32) {
            throw new IllegalArgumentException("posflow.settlement.risk.card-fingerprint-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(fingerprintKey, ALGORITHM);
    }

    /** The fingerprint of a personal settlement card; empty for a corporate account or when the check is off. */
    Optional<String> of(SettlementAccount account) {
        if (key == null || account.accountType() != AccountType.PERSONAL_CARD || account.cardNumber() == null) {
            return Optional.empty();
        }
        String pan = sealing.unseal(account.cardNumber());
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Optional.of(HexFormat.of().formatHex(mac.doFinal(("pan:" + pan).getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private static byte[] decode(String setting, String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(setting + " is not base64");
        }
    }
}
