package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T8: this terminal was replaced by {@code newSerialNumber} and no longer transacts. */
@Revision("1")
public record TerminalReplaced(SerialNumber serialNumber, SerialNumber newSerialNumber, MerchantNo merchantNo,
                               TerminalModel model, Instant replacedAt) {
}
