package io.posflow.contracts.settlement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Every transaction of {@code businessDate} has been settled or held (S2): written to every partition of
 * {@code settlement.transactions.v1}, after each of that date's TransactionSettled. One for every calendar
 * date, weekends and holidays included.
 */
public record SettlementDayClosed(
        LocalDate businessDate,
        Instant closedAt) implements IntegrationEvent {

    public SettlementDayClosed {
        Objects.requireNonNull(businessDate, "businessDate");
        Objects.requireNonNull(closedAt, "closedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return businessDate.toString();
    }
}
