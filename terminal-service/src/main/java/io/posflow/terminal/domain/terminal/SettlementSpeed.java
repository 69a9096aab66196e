package io.posflow.terminal.domain.terminal;

/** The merchant's settlement speed (O6), carried on every capture for settlement. */
public enum SettlementSpeed {
    T1, T0
}
