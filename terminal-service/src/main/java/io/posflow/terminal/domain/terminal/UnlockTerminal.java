package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** T2: ops unlock a terminal locked by wrong codes; the tries start again. */
public record UnlockTerminal(@TargetAggregateIdentifier SerialNumber serialNumber, Instant unlockedAt) {
}
