package io.posflow.settlement.domain.payout;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The bank refused an attempt; the payout stays requested and is retried (S6), visibly.
 *
 * @param reason  the bank's answer, without account details
 * @param attempt 1 for the first attempt
 */
@Revision("1")
public record PayoutFailed(PayoutId payoutId, MerchantNo merchantNo, PayoutPurpose purpose,
                           SerialNumber serialNumber, Money amount, LocalDate settlementDate, String reason,
                           int attempt, Instant failedAt) {
}
