package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T3: the deposit swipe was approved; {@code activatedAt} is its capturedAt. */
@Revision("1")
public record TerminalActivated(SerialNumber serialNumber, MerchantNo merchantNo, TerminalModel model,
                                TransactionId depositTransactionId, Money deposit, Instant activatedAt) {
}
