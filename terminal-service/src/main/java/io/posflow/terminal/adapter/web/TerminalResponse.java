package io.posflow.terminal.adapter.web;

import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.TerminalStatus;
import io.posflow.terminal.readmodel.state.TerminalView;

import java.time.Instant;

/** {@code GET /terminals/{sn}} (architecture §5); merchantNo and activatedAt are null until they exist. */
public record TerminalResponse(String serialNumber, TerminalModel model, TerminalStatus status, String merchantNo,
                               Instant activatedAt) {

    static TerminalResponse of(TerminalView view) {
        return new TerminalResponse(view.serialNumber(), view.model(), view.status(), view.merchantNo(),
                view.activatedAt());
    }
}
