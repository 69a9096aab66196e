package io.posflow.terminal.domain.terminal;

import java.util.regex.Pattern;

/** A vendor serial number, the terminal's identity: 10–20 of A–Z and 0–9 (T1). */
public record SerialNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{10,20}");

    public SerialNumber {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new SerialNumberInvalidException();
        }
    }

    public static SerialNumber of(String value) {
        return new SerialNumber(value);
    }

    /** Axon takes the aggregate identifier from {@code toString()}. */
    @Override
    public String toString() {
        return value;
    }
}
