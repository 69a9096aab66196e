package io.posflow.settlement.domain.merchant;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** O10: from {@code effectiveFrom} on, the merchant's payouts go to this account (still sealed). */
@Revision("1")
public record SettlementAccountChangeScheduled(MerchantNo merchantNo, String changeId,
                                               SettlementAccountOnFile settlementAccount, Instant effectiveFrom) {
}
