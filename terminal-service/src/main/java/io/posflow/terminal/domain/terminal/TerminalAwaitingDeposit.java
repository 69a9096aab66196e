package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T3: the code was accepted; the first SALE must pay {@code deposit} by credit card. */
@Revision("1")
public record TerminalAwaitingDeposit(SerialNumber serialNumber, MerchantNo merchantNo, Money deposit, Instant codeAcceptedAt) {
}
