package io.posflow.terminal.domain.terminal;

/** T2 (一机一户): only a stock terminal can be bound, so a terminal serves exactly one merchant. */
public class TerminalNotInStockException extends TerminalRuleBroken {

    /** Not in the contracts' reason-code catalogue yet. */
    public static final String CODE = "TERMINAL_NOT_IN_STOCK";

    public TerminalNotInStockException(SerialNumber serialNumber, TerminalStatus status) {
        super(CODE, "Terminal " + serialNumber + " is " + status + ", not in stock.");
    }
}
