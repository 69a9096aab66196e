package io.posflow.contracts.settlement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The bank payout port confirmed a payout to the merchant's settlement account (S6).
 *
 * @param payoutId       idempotency key at the bank
 * @param serialNumber   DEPOSIT_REFUND only: the terminal whose deposit is refunded
 * @param settlementDate the settlement date the payout belongs to (a deposit refund: the date it was paid)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayoutCompleted(
        String payoutId,
        String merchantNo,
        PayoutPurpose purpose,
        String serialNumber,
        long amountFen,
        LocalDate settlementDate,
        Instant completedAt) implements IntegrationEvent {

    public PayoutCompleted {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(completedAt, "completedAt");
        if (purpose == PayoutPurpose.DEPOSIT_REFUND && serialNumber == null) {
            throw new IllegalArgumentException("a DEPOSIT_REFUND payout needs serialNumber");
        }
    }

    @JsonIgnore
    @Override
    public String key() {
        return merchantNo;
    }
}
