package io.posflow.contracts.settlement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A payout attempt failed; it is retried (S6), never lost or paid twice.
 *
 * @param payoutId       idempotency key at the bank
 * @param serialNumber   DEPOSIT_REFUND only: the terminal whose deposit is refunded
 * @param settlementDate the settlement date the payout belongs to (a deposit refund: the date it was paid)
 * @param reason         the bank's answer, without account details
 * @param attempt        1 for the first attempt
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PayoutFailed(
        String payoutId,
        String merchantNo,
        PayoutPurpose purpose,
        String serialNumber,
        long amountFen,
        LocalDate settlementDate,
        String reason,
        int attempt,
        Instant failedAt) implements IntegrationEvent {

    public PayoutFailed {
        Objects.requireNonNull(payoutId, "payoutId");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(settlementDate, "settlementDate");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(failedAt, "failedAt");
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
