package io.posflow.terminal.domain.terminal;

import org.axonframework.serialization.Revision;

import java.time.Instant;

/** {@code applicantType} and {@code speed} are null in bindings recorded before issue 3. */
@Revision("1")
public record TerminalBound(SerialNumber serialNumber, MerchantNo merchantNo, TerminalModel model,
                            ApplicantType applicantType, SettlementSpeed speed, Instant boundAt) {
}
