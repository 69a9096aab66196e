package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T2: a code was issued (at binding, or reissued); only its keyed hash is kept. */
@Revision("1")
public record ActivationCodeIssued(SerialNumber serialNumber, MerchantNo merchantNo, ActivationCodeHash codeHash,
                                   Instant issuedAt, Instant expiresAt, int attemptsAllowed) {
}
