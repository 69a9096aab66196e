package io.posflow.contracts.terminal;

/** The card type by BIN; it decides the merchant discount rate (S1). */
public enum CardType {
    CREDIT, DEBIT, OVERSEAS
}
