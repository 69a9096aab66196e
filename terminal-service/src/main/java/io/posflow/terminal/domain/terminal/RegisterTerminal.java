package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** T1: the warehouse puts a terminal into stock. */
public record RegisterTerminal(@TargetAggregateIdentifier SerialNumber serialNumber, TerminalModel model,
                               Vendor vendor, Instant registeredAt) {
}
