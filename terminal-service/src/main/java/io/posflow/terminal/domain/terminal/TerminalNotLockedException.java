package io.posflow.terminal.domain.terminal;

/** T2: only a locked terminal can be unlocked. */
public class TerminalNotLockedException extends TerminalRuleBroken {

    /** Not in the contracts' reason-code catalogue yet. */
    public static final String CODE = "TERMINAL_NOT_LOCKED";

    public TerminalNotLockedException(SerialNumber serialNumber, TerminalStatus status) {
        super(CODE, "Terminal " + serialNumber + " is " + status + ", not locked.");
    }
}
