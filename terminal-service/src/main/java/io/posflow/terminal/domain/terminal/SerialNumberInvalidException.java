package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

/** T1: a serial number must be 10–20 of A–Z and 0–9. The message never quotes the value. */
public class SerialNumberInvalidException extends TerminalRuleBroken {

    public SerialNumberInvalidException() {
        super(ReasonCode.SERIAL_INVALID.name(), ReasonCode.SERIAL_INVALID.defaultMessage());
    }
}
