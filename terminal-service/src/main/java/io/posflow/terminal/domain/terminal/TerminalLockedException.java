package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

/** T2: a terminal locked by wrong codes takes no code (not even the right one) until ops unlock it. */
public class TerminalLockedException extends TerminalRuleBroken {

    public TerminalLockedException(SerialNumber serialNumber) {
        super(ReasonCode.TERMINAL_LOCKED.name(),
                "Terminal " + serialNumber + " is locked after too many wrong activation codes; ops must unlock it.");
    }
}
