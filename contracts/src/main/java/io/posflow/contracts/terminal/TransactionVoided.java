package io.posflow.contracts.terminal;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A SALE was voided on its business date before that date's settlement run (T5): it will never settle.
 *
 * @param transactionId         the VOID's id
 * @param originalTransactionId the voided SALE
 * @param amountFen             the voided amount, positive
 */
public record TransactionVoided(
        String transactionId,
        String originalTransactionId,
        String serialNumber,
        String merchantNo,
        long amountFen,
        LocalDate businessDate,
        Instant voidedAt) implements IntegrationEvent {

    public TransactionVoided {
        Objects.requireNonNull(transactionId, "transactionId");
        Objects.requireNonNull(originalTransactionId, "originalTransactionId");
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(voidedAt, "voidedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
