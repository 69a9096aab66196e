package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T2: too many wrong codes; the terminal takes no code until ops unlock it. */
@Revision("1")
public record TerminalLocked(SerialNumber serialNumber, MerchantNo merchantNo, int failedAttempts, Instant lockedAt) {
}
