package io.posflow.onboarding.domain.merchant;

/** Every sequence number under an institution, area and MCC is taken: the area needs another code. */
public class MerchantNumbersExhaustedException extends RuntimeException {

    public MerchantNumbersExhaustedException(String prefix) {
        super("All merchant numbers with prefix " + prefix + " are allocated");
    }
}
