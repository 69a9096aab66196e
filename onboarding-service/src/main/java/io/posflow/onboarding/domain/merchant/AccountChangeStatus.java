package io.posflow.onboarding.domain.merchant;

/**
 * Where a settlement account change (O10) stands: a card is VERIFYING (K4 at the bank), a corporate account
 * AWAITING_MICRO_DEPOSIT (K10: the merchant states the amount it received); then VERIFIED (paid to from its
 * {@code effectiveFrom}) or FAILED with reasons.
 */
public enum AccountChangeStatus {
    VERIFYING, AWAITING_MICRO_DEPOSIT, VERIFIED, FAILED;

    public boolean isOpen() {
        return this == VERIFYING || this == AWAITING_MICRO_DEPOSIT;
    }
}
