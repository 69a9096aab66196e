package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** A pending SALE was voided (T5): it leaves the settlement queue and never settles (D2). */
@Revision("1")
public record SaleVoided(TransactionId transactionId, TransactionId voidId, SerialNumber serialNumber,
                         MerchantNo merchantNo, Money amount, LocalDate businessDate, Instant voidedAt) {
}
