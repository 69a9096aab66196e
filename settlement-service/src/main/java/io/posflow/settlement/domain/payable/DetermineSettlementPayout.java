package io.posflow.settlement.domain.payable;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Decides what a settlement payout pays (S4/S6): the net of {@code transactions} less the service fees the
 * merchant still owes. Answers the {@link PayoutDeduction}; asked again for the same payout id, it answers
 * the first decision and changes nothing.
 *
 * @param transactions   the settled transactions the payout covers
 * @param net            the sum of their {@code netFen}
 * @param settlementDate the run date (T1) or the T0 transaction's settlement date
 */
public record DetermineSettlementPayout(@TargetAggregateIdentifier MerchantPayableId payableId,
                                        MerchantNo merchantNo, PayoutId payoutId, LocalDate settlementDate,
                                        List<TransactionId> transactions, Money net, Instant determinedAt) {

    public DetermineSettlementPayout {
        Objects.requireNonNull(payableId, "payableId");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(net, "net");
        Objects.requireNonNull(determinedAt, "determinedAt");
        transactions = List.copyOf(transactions);
        if (transactions.isEmpty()) {
            throw new IllegalArgumentException("a settlement payout covers at least one transaction");
        }
        if (!payableId.equals(MerchantPayableId.of(merchantNo))) {
            throw new IllegalArgumentException("the payout is decided on its merchant's payable");
        }
    }
}
