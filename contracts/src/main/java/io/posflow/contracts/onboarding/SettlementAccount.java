package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.pii.SealedValue;
import java.util.Objects;

/**
 * The account settlements and deposit refunds are paid to.
 *
 * @param accountType   a personal debit card, or a corporate account (ENTERPRISE)
 * @param holderName    sealed, {@code Mask.NAME}; for a corporate account the company name
 * @param cardNumber    sealed, {@code Mask.CARD_NUMBER}; card or corporate account number
 * @param bankName      e.g. 中国工商银行
 * @param branchName    optional, e.g. 中国工商银行北京朝阳支行
 * @param reservedPhone sealed, {@code Mask.PHONE}; the phone reserved at the bank; absent for CORPORATE
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SettlementAccount(
        AccountType accountType,
        SealedValue holderName,
        SealedValue cardNumber,
        String bankName,
        String branchName,
        SealedValue reservedPhone) {

    public SettlementAccount {
        Objects.requireNonNull(accountType, "accountType");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(cardNumber, "cardNumber");
        Objects.requireNonNull(bankName, "bankName");
        if (accountType == AccountType.PERSONAL_CARD && reservedPhone == null) {
            throw new IllegalArgumentException("a PERSONAL_CARD account needs reservedPhone");
        }
    }
}
