package io.posflow.contracts.settlement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.util.Objects;

/**
 * A SALE looks like a self-swipe (套现, S7): its settlement is held for ops review.
 */
public record CashOutRiskFlagged(
        String transactionId,
        String serialNumber,
        String merchantNo,
        long amountFen,
        CashOutRiskReason reason,
        Instant flaggedAt) implements IntegrationEvent {

    public CashOutRiskFlagged {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(flaggedAt, "flaggedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
