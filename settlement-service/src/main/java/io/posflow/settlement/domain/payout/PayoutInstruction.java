package io.posflow.settlement.domain.payout;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;

import java.util.Objects;

/** What the bank is asked to pay: the payee is still sealed; the bank adapter unseals it at the moment of paying. */
public record PayoutInstruction(PayoutId payoutId, SettlementAccountOnFile payee, Money amount) {

    public PayoutInstruction {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(amount, "amount");
    }
}
