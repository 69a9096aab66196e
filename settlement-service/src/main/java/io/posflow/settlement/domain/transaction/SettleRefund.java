package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.fee.Fees;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Settles a pending REFUND in the run of {@code settlementDate} (S2) as a negative settlement (D2), giving back
 * the refunded share of the original's fees (ADR 0010). Answers a {@link RefundOutcome}.
 *
 * @param originalFees   the refunded SALE's settled fees
 * @param refundedBefore what earlier settled refunds of that SALE gave back
 */
public record SettleRefund(@TargetAggregateIdentifier TransactionId transactionId, TransactionId originalTransactionId,
                           Fees originalFees, Money refundedBefore, LocalDate settlementDate, Instant settledAt) {

    public SettleRefund {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(originalTransactionId, "originalTransactionId");
        Objects.requireNonNull(originalFees, "originalFees");
        Objects.requireNonNull(refundedBefore, "refundedBefore");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(settledAt, "settledAt");
    }
}
