package io.posflow.settlement.domain.merchant;

import io.posflow.contracts.settlement.CashOutRiskReason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.Objects;

/**
 * Keeps the keyed hash (terminal-service's HMAC of the PAN, never the card number) of a card the merchant itself
 * used — the deposit swipe's, or its settlement card — so that a SALE on it is recognised as a possible
 * self-swipe (S7).
 */
public record NoteOwnCard(@TargetAggregateIdentifier MerchantNo merchantNo, String cardFingerprint,
                          CashOutRiskReason use) {

    public NoteOwnCard {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(cardFingerprint, "cardFingerprint");
        Objects.requireNonNull(use, "use");
    }
}
