package io.posflow.terminal.domain.terminal;

/** T2/T3: codes are for bound terminals; one that took its code already (or was deregistered) needs none. */
public class ActivationNotPendingException extends TerminalRuleBroken {

    /** Not in the contracts' reason-code catalogue yet. */
    public static final String CODE = "ACTIVATION_NOT_PENDING";

    public ActivationNotPendingException(SerialNumber serialNumber, TerminalStatus status) {
        super(CODE, "Terminal " + serialNumber + " is " + status + " and takes no activation code.");
    }
}
