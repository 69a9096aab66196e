package io.posflow.terminal.usecase;

import io.posflow.platform.crypto.KeyedHash;
import io.posflow.terminal.config.CaptureProperties;
import org.springframework.stereotype.Component;

/**
 * Keyed hashes (HMAC-SHA256) for what must be recognised but never kept: a card's PAN (its fingerprint, on
 * TransactionCaptured for S7) and a capture request's body (for T5's "same id, same body").
 */
@Component
public class CardFingerprints {

    private final KeyedHash hash;

    public CardFingerprints(CaptureProperties settings) {
        this.hash = KeyedHash.fromBase64("posflow.terminal.capture.card-fingerprint-key", settings.cardFingerprintKey());
    }

    public String ofPan(String pan) {
        return hash.hex("pan:" + pan);
    }

    /** {@code canonicalRequest} may hold the PAN and the cardholder's name: only its hash is returned. */
    public String ofRequest(String canonicalRequest) {
        return hash.hex("request:" + canonicalRequest);
    }
}
