package io.posflow.kyc.domain.checks;

import io.posflow.contracts.pii.Mask;

import java.util.Objects;

/**
 * One micro-deposit (K10), personal data in clear for the bank only. Its {@code toString} masks the account
 * and leaves the amount out, so an order can never put the two together in a log line.
 *
 * @param payoutId the case id: one micro-deposit per case
 */
public record MicroDepositOrder(String payoutId, String holderName, String accountNumber, long amountFen) {

    public MicroDepositOrder {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(holderName, "holderName");
        Objects.requireNonNull(accountNumber, "accountNumber");
        if (amountFen < 1 || amountFen > 99) {
            throw new IllegalArgumentException("K10: a micro-deposit is 1 to 99 fen");
        }
    }

    @Override
    public String toString() {
        return "MicroDepositOrder[" + payoutId + ", account " + Mask.CARD_NUMBER.apply(accountNumber) + "]";
    }
}
