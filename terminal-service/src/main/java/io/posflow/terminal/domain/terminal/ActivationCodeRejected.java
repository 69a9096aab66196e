package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T2: a wrong code was entered; {@code attemptsLeft} before the terminal locks. */
@Revision("1")
public record ActivationCodeRejected(SerialNumber serialNumber, MerchantNo merchantNo, int failedAttempts,
                                     int attemptsLeft, Instant rejectedAt) {
}
