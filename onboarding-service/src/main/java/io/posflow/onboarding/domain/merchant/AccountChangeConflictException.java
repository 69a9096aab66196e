package io.posflow.onboarding.domain.merchant;

/** The request does not fit the merchant's account changes: another change is open, or this one is not awaiting an answer. */
public class AccountChangeConflictException extends RuntimeException {

    public AccountChangeConflictException(String message) {
        super(message);
    }
}
