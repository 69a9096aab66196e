package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** T6: the terminal stops transacting for good. */
public record DeregisterTerminal(@TargetAggregateIdentifier SerialNumber serialNumber, Instant deregisteredAt) {
}
