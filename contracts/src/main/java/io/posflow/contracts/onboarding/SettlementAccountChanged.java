package io.posflow.contracts.onboarding;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * The new settlement account was verified. Payouts use it from {@code effectiveFrom} (the next
 * Asia/Shanghai midnight after verification, 次日生效); until then the old account is paid.
 */
public record SettlementAccountChanged(String merchantNo, String changeId, SettlementAccount settlementAccount,
                                       Instant effectiveFrom) implements IntegrationEvent {

    public SettlementAccountChanged {
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(settlementAccount, "settlementAccount");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }

    @JsonIgnore
    @Override
    public String key() {
        return merchantNo;
    }
}
