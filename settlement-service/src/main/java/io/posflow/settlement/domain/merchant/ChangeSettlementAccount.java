package io.posflow.settlement.domain.merchant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/**
 * O10: onboarding verified a new settlement account; payouts initiated from {@code effectiveFrom} (the next
 * Asia/Shanghai midnight after verification, 次日生效) go to it, earlier ones to the account on file.
 */
public record ChangeSettlementAccount(@TargetAggregateIdentifier MerchantNo merchantNo, String changeId,
                                      SettlementAccountOnFile settlementAccount, Instant effectiveFrom) {

    public ChangeSettlementAccount {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
