package io.posflow.terminal.domain.terminal;

/**
 * A terminal rule refused a command. {@code code} is the catalogue reason code (or, where the
 * catalogue has none yet, a terminal-service code); the message is safe to show and to log.
 */
public abstract class TerminalRuleBroken extends RuntimeException {

    private final String code;

    protected TerminalRuleBroken(String code, String message) {
        super(message);
        this.code = code;
    }

    public String code() {
        return code;
    }
}
