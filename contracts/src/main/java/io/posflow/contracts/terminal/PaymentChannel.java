package io.posflow.contracts.terminal;

/** How the customer paid: a card, or a QR code of a wallet. */
public enum PaymentChannel {
    CARD, QR
}
