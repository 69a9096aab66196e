package io.posflow.contracts.terminal;

/** SALE; VOID (same business date, before its settlement run, not for T0); REFUND (after settlement). */
public enum TransactionType {
    SALE, VOID, REFUND
}
