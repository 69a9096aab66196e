package io.posflow.deposit.domain.deposit;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;
import java.util.Objects;

/** The merchant asks for the refund its deposit earned, where the policy's refund mode is ON_REQUEST (D3). */
public record RequestRefund(@TargetAggregateIdentifier SerialNumber serialNumber, Instant at) {

    public RequestRefund {
        Objects.requireNonNull(serialNumber, "serialNumber");
        Objects.requireNonNull(at, "at");
    }
}
