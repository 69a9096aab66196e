package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/** Ops released a held sale (S7): it waits for the next run like any pending sale, whatever its speed. */
@Revision("1")
public record CashOutHoldReleased(TransactionId transactionId, MerchantNo merchantNo, LocalDate businessDate,
                                  Instant capturedAt, SettlementSpeed speed, Instant releasedAt) {
}
