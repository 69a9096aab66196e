package io.posflow.terminal.terminal;

import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.Instant;

/** T2: binds a stock terminal to the merchant whose application named it; {@code model} is the application's. */
public record BindTerminal(@TargetAggregateIdentifier SerialNumber serialNumber, MerchantNo merchantNo,
                           TerminalModel model, Instant boundAt) {
}
