package io.posflow.terminal.adapter.web;

import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.Vendor;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** {@code POST /terminals}. The serial's format is the domain's rule (SERIAL_INVALID), not a bean constraint. */
public record RegisterTerminalRequest(
        @NotNull String serialNumber,
        @NotNull TerminalModel model,
        @NotBlank @Size(max = Vendor.MAX_LENGTH) String vendor) {
}
