package io.posflow.settlement.domain.transaction;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.settlement.domain.merchant.MerchantNo;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A SALE looks like a self-swipe (套现, S7) — paid with a card the merchant itself used — and its settlement is
 * held for ops review. {@code flaggedAt} is the capture time: the flag is decided when the capture is recorded.
 */
@Revision("1")
public record CashOutRiskFlagged(TransactionId transactionId, SerialNumber serialNumber, MerchantNo merchantNo,
                                 Money amount, CashOutRiskReason reason, LocalDate businessDate, Instant flaggedAt) {
}
