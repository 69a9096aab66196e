package io.posflow.deposit.domain.deposit;

import io.posflow.contracts.money.Money;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Close the Deposit as refunded because settlement paid the refund (PayoutCompleted DEPOSIT_REFUND, D3).
 *
 * @param merchantNo the merchant the payout paid; must be the deposit's
 * @param amount     what the payout paid; must be the deposit, whole (S4: no fee is deducted from it)
 * @param refundedAt now, on the service's clock
 */
public record CompleteRefund(@TargetAggregateIdentifier SerialNumber serialNumber, String payoutId,
                             MerchantNo merchantNo, Money amount, Instant refundedAt) {

    public CompleteRefund {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(refundedAt, "refundedAt");
        if (payoutId.isBlank()) {
            throw new IllegalArgumentException("A payout id is not blank");
        }
    }
}
