package io.posflow.terminal.domain.terminal;

/** A SALE pays the merchant; the first SALE of a terminal awaiting its deposit is the deposit swipe (T3). */
public enum TransactionPurpose {
    SALE, DEPOSIT
}
