package io.posflow.terminal.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record TerminalBound(SerialNumber serialNumber, MerchantNo merchantNo, TerminalModel model, Instant boundAt) {
}
