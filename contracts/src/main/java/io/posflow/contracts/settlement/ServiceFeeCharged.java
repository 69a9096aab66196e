package io.posflow.contracts.settlement;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.posflow.contracts.IntegrationEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The yearly data-card fee (流量费, S4) was charged at activation or an anniversary; it is deducted from the
 * next settlement payout, never from a transaction's net or a deposit refund.
 *
 * @param periodStart first day the fee covers
 * @param periodEnd   last day the fee covers
 */
public record ServiceFeeCharged(
        String serialNumber,
        String merchantNo,
        long feeFen,
        LocalDate periodStart,
        LocalDate periodEnd,
        Instant chargedAt) implements IntegrationEvent {

    public ServiceFeeCharged {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(merchantNo, "merchantNo");
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(chargedAt, "chargedAt");
    }

    @JsonIgnore
    @Override
    public String key() {
        return serialNumber;
    }
}
