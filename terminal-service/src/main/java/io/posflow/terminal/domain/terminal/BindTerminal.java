package io.posflow.terminal.domain.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/**
 * T2: binds a stock terminal to the merchant whose application named it and issues its first activation
 * code; {@code model} is the application's. Answers true when it bound the terminal now (the code must be
 * sent), false when the same binding already existed (nothing to send).
 */
public record BindTerminal(@TargetAggregateIdentifier SerialNumber serialNumber, MerchantNo merchantNo,
                           TerminalModel model, ApplicantType applicantType, SettlementSpeed speed,
                           NewActivationCode activationCode, Instant boundAt) {
}
