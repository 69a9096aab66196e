package io.posflow.settlement.adapter.messaging.inbound;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.settlement.config.CashOutRiskProperties;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * The settlement card's fingerprint as terminal-service computes a card's on TransactionCaptured — HMAC-SHA256
 * of {@code "pan:" + PAN} under the shared card-fingerprint key, lower-case hex — so that a SALE on the
 * merchant's own settlement card is recognised (S7). The card number is unsealed only for this and never kept:
 * only the fingerprint leaves this class. It reads a number sealed for transport (as received) and, when
 * per-subject keys are on, one stored under its subject's key (architecture §4); a shredded subject's card has no
 * fingerprint. Off (empty) when the keys are not configured.
 */
@Component
class SettlementCardFingerprints {

    private static final Logger log = LoggerFactory.getLogger(SettlementCardFingerprints.class);
    private static final String ALGORITHM = "HmacSHA256";

    private final SealedValueCodec transport;
    private final SubjectSealing subjects;
    private final SecretKeySpec key;

    @Autowired
    SettlementCardFingerprints(CashOutRiskProperties settings, Optional<SealedValueCodec> transport,
                               Optional<SubjectSealing> subjects) {
        if (!settings.cardFingerprintKeyConfigured() || transport.isEmpty()) {
            log.warn("posflow.settlement.risk.card-fingerprint-key or the transport keyring (posflow.pii.current-key-id,"
                    + " .keys) is not configured: sales on the settlement card are not recognised as self-swipes"
                    + " (S7); the deposit card still is");
            this.transport = null;
            this.subjects = null;
            this.key = null;
            return;
        }
        this.transport = transport.get();
        this.subjects = subjects.orElse(null);
        byte[] fingerprintKey = CashOutRiskProperties.decode("posflow.settlement.risk.card-fingerprint-key",
                settings.cardFingerprintKey());
        if (fingerprintKey.length < 32) {
            throw new IllegalArgumentException("posflow.settlement.risk.card-fingerprint-key must be at least 32 bytes");
        }
        this.key = new SecretKeySpec(fingerprintKey, ALGORITHM);
    }

    /** The fingerprint of a personal settlement card as received; empty for a corporate account or when the check is off. */
    Optional<String> of(SettlementAccount account) {
        return of(account.accountType(), account.cardNumber());
    }

    /**
     * The fingerprint of a personal settlement card on file (sealed for transport or under its subject's key);
     * empty for a corporate account, when the check is off, or once its subject was shredded.
     */
    Optional<String> of(SettlementAccountOnFile account) {
        return of(account.accountType(), account.cardNumber());
    }

    private Optional<String> of(AccountType type, SealedValue cardNumber) {
        if (key == null || type != AccountType.PERSONAL_CARD || cardNumber == null) {
            return Optional.empty();
        }
        Optional<String> pan = reveal(cardNumber);
        if (pan.isEmpty()) {
            log.info("A settlement card's subject was shredded (architecture §4): no S7 fingerprint for it");
            return Optional.empty();
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return Optional.of(HexFormat.of().formatHex(
                    mac.doFinal(("pan:" + pan.get()).getBytes(StandardCharsets.UTF_8))));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    private Optional<String> reveal(SealedValue value) {
        if (subjects != null) {
            return subjects.reveal(value);
        }
        if (SubjectSealing.isStored(value)) {
            // Stored under a subject's key, but per-subject keys are off here: nothing can read it.
            return Optional.empty();
        }
        return Optional.of(transport.unseal(value));
    }
}
