package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

@Revision("1")
public record TerminalRegistered(SerialNumber serialNumber, TerminalModel model, Vendor vendor,
                                 Instant registeredAt) {
}
