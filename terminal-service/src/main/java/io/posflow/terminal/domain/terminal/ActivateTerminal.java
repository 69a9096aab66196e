package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * T3: the device enters its activation code. {@code deposit} is the model's deposit (config) the first
 * SALE must then pay. Answers an {@link ActivationOutcome}: a wrong code is recorded, not thrown.
 */
public record ActivateTerminal(@TargetAggregateIdentifier SerialNumber serialNumber, ActivationCodeHash enteredCode,
                               Money deposit, Instant enteredAt) {
}
