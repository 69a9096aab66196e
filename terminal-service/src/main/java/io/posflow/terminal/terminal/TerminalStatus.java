package io.posflow.terminal.terminal;

/** The terminal's life (DESIGN §2): STOCK → BOUND → AWAITING_DEPOSIT → ACTIVE → DEREGISTERED; BOUND ⇄ LOCKED. */
public enum TerminalStatus {
    STOCK, BOUND, AWAITING_DEPOSIT, ACTIVE, DEREGISTERED, LOCKED
}
