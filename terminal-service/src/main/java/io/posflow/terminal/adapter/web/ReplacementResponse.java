package io.posflow.terminal.adapter.web;

import io.posflow.terminal.domain.terminal.TerminalStatus;
import io.posflow.terminal.readmodel.state.TerminalView;

import java.time.Instant;

/**
 * 200 to a replacement (T8): the old terminal ({@code status} REPLACED) and the new one ({@code newStatus} ACTIVE,
 * serving {@code merchantNo} since {@code replacedAt}).
 */
public record ReplacementResponse(String serialNumber, TerminalStatus status, String newSerialNumber,
                                  TerminalStatus newStatus, String merchantNo, Instant replacedAt) {

    static ReplacementResponse of(TerminalView old, TerminalView replacement) {
        return new ReplacementResponse(old.serialNumber(), old.status(), replacement.serialNumber(),
                replacement.status(), replacement.merchantNo(), replacement.activatedAt());
    }
}
