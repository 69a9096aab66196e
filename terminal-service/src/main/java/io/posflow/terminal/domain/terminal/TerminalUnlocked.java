package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T2: ops unlocked the terminal; it is BOUND again and the tries start again. */
@Revision("1")
public record TerminalUnlocked(SerialNumber serialNumber, MerchantNo merchantNo, Instant unlockedAt) {
}
