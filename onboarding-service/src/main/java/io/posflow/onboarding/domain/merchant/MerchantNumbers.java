package io.posflow.onboarding.domain.merchant;

/**
 * Allocates merchant numbers (O9). Every number is handed out once, also when several instances
 * allocate at the same time; an allocation made in a transaction that rolls back is given out again.
 */
public interface MerchantNumbers {

    /**
     * The next free number for a merchant of this MCC.
     *
     * @throws MerchantNumbersExhaustedException when all 9999 sequence numbers of the prefix are taken
     */
    MerchantNo allocate(Mcc mcc);
}
