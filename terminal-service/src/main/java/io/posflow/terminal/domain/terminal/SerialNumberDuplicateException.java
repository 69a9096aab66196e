package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

/** T1: a serial number is registered once. */
public class SerialNumberDuplicateException extends TerminalRuleBroken {

    public SerialNumberDuplicateException(SerialNumber serialNumber) {
        super(ReasonCode.SERIAL_DUPLICATE.name(), "Terminal " + serialNumber + " is already registered.");
    }
}
