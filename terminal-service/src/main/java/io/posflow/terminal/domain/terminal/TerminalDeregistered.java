package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record TerminalDeregistered(SerialNumber serialNumber, MerchantNo merchantNo, Instant deregisteredAt) {
}
