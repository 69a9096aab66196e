package io.posflow.terminal.domain.terminal;

/** A card's type: what the device says, or what the BIN table says. */
public enum CardType {
    CREDIT, DEBIT, OVERSEAS
}
