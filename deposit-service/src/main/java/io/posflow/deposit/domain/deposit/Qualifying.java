package io.posflow.deposit.domain.deposit;

/** What counts as qualifying volume (D2): every settled sale, or only sales on credit cards. */
public enum Qualifying {
    ALL_SALES, CREDIT_ONLY
}
