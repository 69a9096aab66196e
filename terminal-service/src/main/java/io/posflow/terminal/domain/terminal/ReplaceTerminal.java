package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * T8 (换机): the faulty ACTIVE terminal {@code serialNumber} hands its merchant over to the stock terminal
 * {@code newSerialNumber} of model {@code newModel}. Answers the {@link Handover} for {@link TakeOverTerminal}, or
 * null when this very replacement was done already.
 */
public record ReplaceTerminal(@TargetAggregateIdentifier SerialNumber serialNumber, SerialNumber newSerialNumber,
                              TerminalModel newModel, Instant replacedAt) {
}
