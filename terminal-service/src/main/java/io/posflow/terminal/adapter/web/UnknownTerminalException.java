package io.posflow.terminal.adapter.web;

import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.platform.problem.NotFoundException;

/** T1: an unregistered serial is refused on every {@code /terminals/{sn}…} path (no 二清 machines). */
public class UnknownTerminalException extends NotFoundException {

    public UnknownTerminalException() {
        super(ReasonCode.SERIAL_UNKNOWN.name(), ReasonCode.SERIAL_UNKNOWN.defaultMessage());
    }
}
