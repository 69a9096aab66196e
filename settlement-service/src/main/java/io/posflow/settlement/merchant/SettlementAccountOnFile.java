package io.posflow.settlement.merchant;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.pii.SealedValue;

import java.util.Objects;

/**
 * Where the merchant's settlements and deposit refunds are paid. The personal fields stay sealed as they
 * arrived: settlement unseals them only at the moment of a payout, so no clear value is ever stored.
 */
public record SettlementAccountOnFile(AccountType accountType, SealedValue holderName, SealedValue cardNumber,
                                      String bankName, String branchName) {

    public SettlementAccountOnFile {
        Objects.requireNonNull(accountType, "accountType");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(bankName, "bankName");
    }
}
