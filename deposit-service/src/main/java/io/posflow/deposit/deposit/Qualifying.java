package io.posflow.deposit.deposit;

/** What counts as qualifying volume (D2): every settled sale, or only sales on credit cards. */
public enum Qualifying {
    ALL_SALES, CREDIT_ONLY
}
