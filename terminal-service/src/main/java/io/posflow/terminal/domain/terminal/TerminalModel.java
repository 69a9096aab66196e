package io.posflow.terminal.domain.terminal;

/** The device model (O5): it must match the merchant's application (T2) and decides the deposit (T3). */
public enum TerminalModel {
    ESIGN, SMART
}
