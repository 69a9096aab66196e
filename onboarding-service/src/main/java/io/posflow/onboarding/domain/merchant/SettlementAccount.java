package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.pii.SealedValue;

import java.util.Objects;

/**
 * The account settlements and deposit refunds are paid to; names, numbers and phones are sealed.
 *
 * @param branchName    optional
 * @param reservedPhone the phone reserved at the bank; required for a personal card, absent for CORPORATE
 */
public record SettlementAccount(AccountType accountType, SealedValue holderName, SealedValue cardNumber,
                                String bankName, String branchName, SealedValue reservedPhone) {

    public SettlementAccount {
        Objects.requireNonNull(accountType, "accountType");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(bankName, "bankName");
        if (accountType == AccountType.PERSONAL_CARD && reservedPhone == null) {
            throw new IllegalArgumentException("A personal card account needs its reserved phone");
        }
    }
}
