package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A VOID arrived for a SALE that had already settled — it raced the run (T5 allows a void only before it).
 * The settlement stands: un-paying the merchant is an ops decision, so the void is held and reported instead.
 *
 * @param settlementDate the date the sale was settled on
 */
@Revision("1")
public record VoidAfterSettlementReported(TransactionId transactionId, TransactionId voidId,
                                          SerialNumber serialNumber, MerchantNo merchantNo, Money amount,
                                          LocalDate settlementDate, Instant voidedAt) {
}
