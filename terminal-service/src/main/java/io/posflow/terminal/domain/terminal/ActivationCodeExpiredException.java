package io.posflow.terminal.domain.terminal;

import io.posflow.contracts.reasons.ReasonCode;

/** T2: the code was not used within its validity; a reissued code is needed. */
public class ActivationCodeExpiredException extends TerminalRuleBroken {

    public ActivationCodeExpiredException(SerialNumber serialNumber) {
        super(ReasonCode.ACTIVATION_CODE_EXPIRED.name(),
                "The activation code of terminal " + serialNumber + " has expired; ask for a new one.");
    }
}
