package io.posflow.terminal.domain.terminal;

import java.util.regex.Pattern;

/** The device's id for a capture; it makes capture idempotent (T5). */
public record TransactionId(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    public TransactionId {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A transaction id has 1 to " + MAX_LENGTH
                    + " of A-Z, a-z, 0-9 and . _ : -");
        }
    }

    public static TransactionId of(String value) {
        return new TransactionId(value);
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
