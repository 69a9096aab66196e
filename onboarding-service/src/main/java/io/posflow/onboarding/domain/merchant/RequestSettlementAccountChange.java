package io.posflow.onboarding.domain.merchant;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** O10: the merchant asks to be paid to another account, already format-checked (K3) and sealed. */
public record RequestSettlementAccountChange(@TargetAggregateIdentifier MerchantNo merchantNo, AccountChangeId changeId,
                                             SettlementAccount settlementAccount,
                                             List<AccountChangeMaterial> materials, Instant requestedAt) {

    public RequestSettlementAccountChange {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(requestedAt, "requestedAt");
        materials = List.copyOf(materials);
    }
}
