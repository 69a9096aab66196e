package io.posflow.terminal.usecase;

import io.posflow.terminal.domain.terminal.SerialNumber;

/** The names under which messages wait for something this service does not know yet. */
public final class TerminalReferences {

    private TerminalReferences() {
    }

    /** A terminal, known once its registration has committed. */
    public static String terminal(SerialNumber serialNumber) {
        return "terminal:" + serialNumber.value();
    }
}
