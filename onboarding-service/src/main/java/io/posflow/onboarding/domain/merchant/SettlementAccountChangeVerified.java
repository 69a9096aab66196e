package io.posflow.onboarding.domain.merchant;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/**
 * O10: the new account is verified; payouts use it from {@code effectiveFrom} (次日生效), the old one until then.
 */
@Revision("1")
public record SettlementAccountChangeVerified(MerchantNo merchantNo, AccountChangeId changeId,
                                              SettlementAccount settlementAccount, Instant verifiedAt,
                                              Instant effectiveFrom) {
}
