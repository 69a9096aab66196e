package io.posflow.terminal.adapter.web;

import io.posflow.terminal.domain.terminal.TerminalStatus;

/** The code was accepted: the terminal awaits the deposit swipe of {@code depositFen} (T3). */
public record ActivationResponse(String serialNumber, TerminalStatus status, long depositFen) {
}
