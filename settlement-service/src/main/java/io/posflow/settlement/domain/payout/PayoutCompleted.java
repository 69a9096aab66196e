package io.posflow.settlement.domain.payout;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The bank confirmed the payout (S6).
 *
 * @param settlementDate a deposit refund: the business date it was paid
 */
@Revision("1")
public record PayoutCompleted(PayoutId payoutId, MerchantNo merchantNo, PayoutPurpose purpose,
                              SerialNumber serialNumber, Money amount, LocalDate settlementDate,
                              Instant completedAt) {
}
