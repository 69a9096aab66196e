package io.posflow.contracts.terminal;

/** A SALE either pays the merchant or is the activation deposit swipe, which settlement holds (S5). */
public enum TransactionPurpose {
    SALE, DEPOSIT
}
