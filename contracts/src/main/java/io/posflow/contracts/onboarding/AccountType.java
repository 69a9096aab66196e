package io.posflow.contracts.onboarding;

/** A settlement account: a personal class-I debit card, or a corporate account (ENTERPRISE). */
public enum AccountType {
    PERSONAL_CARD, CORPORATE
}
