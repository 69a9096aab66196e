package io.posflow.terminal.domain.terminal;

/** How the customer paid: a card, or a wallet's QR code. */
public enum PaymentChannel {
    CARD, QR
}
