package io.posflow.settlement.domain.payable;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A terminal's yearly data-card fee was charged (S4); the merchant owes it until a settlement payout deducts it.
 *
 * @param periodStart first day covered
 * @param periodEnd   last day covered
 */
@Revision("1")
public record ServiceFeeCharged(MerchantPayableId payableId, MerchantNo merchantNo, SerialNumber serialNumber,
                                Money fee, LocalDate periodStart, LocalDate periodEnd, Instant chargedAt) {
}
