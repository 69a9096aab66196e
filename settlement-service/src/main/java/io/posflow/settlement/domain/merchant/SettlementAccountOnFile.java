package io.posflow.settlement.domain.merchant;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SubjectSealing;

import java.util.Objects;

/**
 * Where the merchant's settlements and deposit refunds are paid. The personal fields are never clear: sealed
 * under the merchant's data subject's key once {@link #storedUnder stored} (architecture §4), or — in what was kept
 * before per-subject keys — sealed for transport as they arrived. They are revealed only at the moment of a
 * payout or to fingerprint the card (S7).
 */
public record SettlementAccountOnFile(AccountType accountType, SealedValue holderName, SealedValue cardNumber,
                                      String bankName, String branchName) {

    public SettlementAccountOnFile {
        Objects.requireNonNull(accountType, "accountType");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(bankName, "bankName");
    }

    /** The same account with its personal fields sealed under {@code subjectId}'s key (architecture §4). */
    public SettlementAccountOnFile storedUnder(String subjectId, SubjectSealing sealing) {
        return new SettlementAccountOnFile(accountType, sealing.protect(subjectId, holderName),
                sealing.protect(subjectId, cardNumber), bankName, branchName);
    }
}
