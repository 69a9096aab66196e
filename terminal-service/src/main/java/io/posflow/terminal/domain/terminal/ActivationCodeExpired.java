package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** T2: the code was not used in time; only a reissued code activates the terminal now. */
@Revision("1")
public record ActivationCodeExpired(SerialNumber serialNumber, MerchantNo merchantNo, Instant expiredAt) {
}
