package io.posflow.onboarding.domain.merchant;

import io.posflow.contracts.reasons.Reason;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** kyc-service failed the change, or could not decide it (see {@code docs/adr/0015}): the old account stays. */
public record FailSettlementAccountChange(@TargetAggregateIdentifier MerchantNo merchantNo, AccountChangeId changeId,
                                          List<Reason> reasons, Instant failedAt) {

    public FailSettlementAccountChange {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(failedAt, "failedAt");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("A failed change names at least one reason");
        }
    }
}
