package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** T2: a new code replaces the current one (the old one stops working). Answers the merchant to send it to. */
public record ReissueActivationCode(@TargetAggregateIdentifier SerialNumber serialNumber,
                                    NewActivationCode activationCode, Instant issuedAt) {
}
