package io.posflow.settlement.domain.payout;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Asks for money to be paid to the merchant's settlement account. Answers {@code true} if the payout is new,
 * {@code false} if it was requested before (the request is idempotent per payout id).
 *
 * @param serialNumber   DEPOSIT_REFUND only: the terminal whose deposit is refunded
 * @param payee          the settlement account on file, still sealed
 * @param settlementDate SETTLEMENT only: the settlement date the payout pays
 */
public record RequestPayout(@TargetAggregateIdentifier PayoutId payoutId, MerchantNo merchantNo,
                            PayoutPurpose purpose, SerialNumber serialNumber, Money amount,
                            SettlementAccountOnFile payee, Instant requestedAt, LocalDate settlementDate) {

    /** A deposit refund, which belongs to the date it is paid. */
    public RequestPayout(PayoutId payoutId, MerchantNo merchantNo, PayoutPurpose purpose, SerialNumber serialNumber,
                         Money amount, SettlementAccountOnFile payee, Instant requestedAt) {
        this(payoutId, merchantNo, purpose, serialNumber, amount, payee, requestedAt, null);
    }

    public RequestPayout {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(payee, "payee");
        Objects.requireNonNull(requestedAt, "requestedAt");
        if (purpose == PayoutPurpose.DEPOSIT_REFUND && serialNumber == null) {
            throw new IllegalArgumentException("a deposit refund names its terminal");
        }
        if (purpose == PayoutPurpose.SETTLEMENT && settlementDate == null) {
            throw new IllegalArgumentException("a settlement payout names its settlement date");
        }
        if (!amount.isPositive()) {
            throw new IllegalArgumentException("a payout pays a positive amount");
        }
    }
}
