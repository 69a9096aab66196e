package io.posflow.terminal.domain.terminal;

/**
 * The terminal's life (architecture §2): STOCK → BOUND → AWAITING_DEPOSIT → ACTIVE → DEREGISTERED; BOUND ⇄ LOCKED.
 * T8: an ACTIVE terminal that was replaced is REPLACED (it no longer transacts); its stock replacement goes
 * STOCK → ACTIVE directly.
 */
public enum TerminalStatus {
    STOCK, BOUND, AWAITING_DEPOSIT, ACTIVE, DEREGISTERED, LOCKED, REPLACED
}
