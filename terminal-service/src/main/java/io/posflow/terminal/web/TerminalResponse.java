package io.posflow.terminal.web;

import io.posflow.terminal.query.TerminalView;
import io.posflow.terminal.terminal.TerminalModel;
import io.posflow.terminal.terminal.TerminalStatus;

import java.time.Instant;

/** {@code GET /terminals/{sn}} (architecture §5); merchantNo and activatedAt are null until they exist. */
public record TerminalResponse(String serialNumber, TerminalModel model, TerminalStatus status, String merchantNo,
                               Instant activatedAt) {

    static TerminalResponse of(TerminalView view) {
        return new TerminalResponse(view.serialNumber(), view.model(), view.status(), view.merchantNo(),
                view.activatedAt());
    }
}
