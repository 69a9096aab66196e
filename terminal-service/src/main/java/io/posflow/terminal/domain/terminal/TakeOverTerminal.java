package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** T8: the stock terminal {@code serialNumber} takes over from {@code replacedSerialNumber}, ACTIVE at once. */
public record TakeOverTerminal(@TargetAggregateIdentifier SerialNumber serialNumber,
                               SerialNumber replacedSerialNumber, Handover handover, Instant takenOverAt) {
}
