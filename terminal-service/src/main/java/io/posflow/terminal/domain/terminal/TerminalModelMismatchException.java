package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

/** T2: the terminal named in an application must be of the application's model. */
public class TerminalModelMismatchException extends TerminalRuleBroken {

    public TerminalModelMismatchException(SerialNumber serialNumber, TerminalModel required, TerminalModel actual) {
        super(ReasonCode.MODEL_MISMATCH.name(),
                "Terminal " + serialNumber + " is a " + actual + ", the merchant needs a " + required + ".");
    }
}
