package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

/**
 * T5: a terminal still in stock serves no merchant, so its capture is refused outright (409) rather than
 * declined: a declined transaction is published for a merchant, and there is none.
 */
public class TerminalNotActiveException extends TerminalRuleBroken {

    public TerminalNotActiveException(SerialNumber serialNumber) {
        super(ReasonCode.TERMINAL_NOT_ACTIVE.name(), "Terminal " + serialNumber + " is in stock and serves no merchant.");
    }

    /** T8: only an ACTIVE terminal can be replaced; a replaced one is not deregistered again. */
    public TerminalNotActiveException(SerialNumber serialNumber, TerminalStatus status) {
        super(ReasonCode.TERMINAL_NOT_ACTIVE.name(), "Terminal " + serialNumber + " is " + status + ", not ACTIVE.");
    }
}
