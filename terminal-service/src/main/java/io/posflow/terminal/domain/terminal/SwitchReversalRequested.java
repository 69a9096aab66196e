package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.money.Money;
import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T7: the switch did not answer an authorisation in time, so it is reversed (冲正). */
@Revision("1")
public record SwitchReversalRequested(TransactionId transactionId, SerialNumber serialNumber, Money amount,
                                      Instant requestedAt) {
}
