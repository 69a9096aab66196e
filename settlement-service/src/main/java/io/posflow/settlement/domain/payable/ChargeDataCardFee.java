package io.posflow.settlement.domain.payable;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * Charges a terminal's yearly data-card fee (流量费, S4) to its merchant. Idempotent per terminal and period:
 * answers {@code true} if charged now, {@code false} if that year was charged before.
 */
public record ChargeDataCardFee(@TargetAggregateIdentifier MerchantPayableId payableId, MerchantNo merchantNo,
                                SerialNumber serialNumber, DataCardFeeYear year, Money fee, Instant chargedAt) {

    public ChargeDataCardFee {
        Objects.requireNonNull(payableId, "payableId");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(year, "year");
        Objects.requireNonNull(fee, "fee");
        Objects.requireNonNull(chargedAt, "chargedAt");
        if (fee.isNegative()) {
            throw new IllegalArgumentException("a fee is not negative");
        }
        if (!payableId.equals(MerchantPayableId.of(merchantNo))) {
            throw new IllegalArgumentException("the fee is charged to its merchant's payable");
        }
    }
}
