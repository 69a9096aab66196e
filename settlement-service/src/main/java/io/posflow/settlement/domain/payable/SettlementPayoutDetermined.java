package io.posflow.settlement.domain.payable;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a settlement payout pays (S4/S6): {@code payable = net − deducted}, never below zero; the fees the net
 * could not cover are {@code carriedForward} to the next payout. Internal only: the money moves with the
 * Payout (PayoutCompleted), and nothing is requested from the bank when {@code payable} is zero.
 */
@Revision("1")
public record SettlementPayoutDetermined(MerchantPayableId payableId, MerchantNo merchantNo, PayoutId payoutId,
                                         LocalDate settlementDate, List<TransactionId> transactions, Money net,
                                         Money deducted, Money payable, Money carriedForward,
                                         Instant determinedAt) {

    public PayoutDeduction deduction() {
        return new PayoutDeduction(deducted, payable, carriedForward);
    }
}
