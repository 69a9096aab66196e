package io.posflow.terminal.domain.terminal;

/** T6: deregistration ends a merchant's use of a terminal; a stock terminal has no merchant to end. */
public class TerminalNotBoundException extends TerminalRuleBroken {

    /** Not in the contracts' reason-code catalogue yet. */
    public static final String CODE = "TERMINAL_NOT_BOUND";

    public TerminalNotBoundException(SerialNumber serialNumber) {
        super(CODE, "Terminal " + serialNumber + " is in stock and bound to no merchant.");
    }
}
