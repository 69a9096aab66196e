package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** T2: the code's due time came; a code still pending expires (a reissued or used one is left alone). */
public record ExpireActivationCode(@TargetAggregateIdentifier SerialNumber serialNumber, Instant dueAt) {
}
