package io.posflow.terminal.domain.terminal;

/** T5: a SALE; a VOID of a SALE on its business date; a REFUND of a settled SALE, up to its amount in total. */
public enum TransactionType {
    SALE, VOID, REFUND
}
