package io.posflow.onboarding.domain.merchant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** kyc-service passed the change: it takes effect from the next Asia/Shanghai midnight after {@code verifiedAt}. */
public record VerifySettlementAccountChange(@TargetAggregateIdentifier MerchantNo merchantNo, AccountChangeId changeId,
                                            Instant verifiedAt) {

    public VerifySettlementAccountChange {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(verifiedAt, "verifiedAt");
    }
}
