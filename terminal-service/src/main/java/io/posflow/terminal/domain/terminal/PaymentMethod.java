package io.posflow.terminal.domain.terminal;

import java.util.Objects;

/**
 * How a capture was paid: a CARD carries {@code card}; a QR payment its {@code wallet} and, for UnionPay
 * QR, the funding card's type when the device knows it (S1).
 */
public record PaymentMethod(PaymentChannel channel, Card card, Wallet wallet, CardType fundingCardType) {

    public PaymentMethod {
        Objects.requireNonNull(channel, "channel");
        if (channel == PaymentChannel.CARD && (card == null || wallet != null)) {
            throw new IllegalArgumentException("A card payment has a card and no wallet");
        }
        if (channel == PaymentChannel.QR && (wallet == null || card != null)) {
            throw new IllegalArgumentException("A QR payment has a wallet and no card");
        }
    }

    public static PaymentMethod card(Card card) {
        return new PaymentMethod(PaymentChannel.CARD, card, null, null);
    }

    public static PaymentMethod qr(Wallet wallet, CardType fundingCardType) {
        return new PaymentMethod(PaymentChannel.QR, null, wallet, fundingCardType);
    }

    /** The card's type for a card payment; null for QR. */
    public CardType cardType() {
        return card == null ? null : card.type();
    }

    public boolean paysByCreditCard() {
        return channel == PaymentChannel.CARD && card.countsAsCredit();
    }
}
