package io.posflow.settlement.domain.payout;

import io.posflow.contracts.money.Money;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.serialization.Revision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A payout is due to the merchant; the payee's personal fields stay sealed. Internal only.
 *
 * @param settlementDate SETTLEMENT: the run date it pays (null for a deposit refund and in events stored
 *                       before settlement payouts existed)
 */
@Revision("1")
public record PayoutRequested(PayoutId payoutId, MerchantNo merchantNo, PayoutPurpose purpose,
                              SerialNumber serialNumber, Money amount, SettlementAccountOnFile payee,
                              Instant requestedAt, LocalDate settlementDate) {
}
