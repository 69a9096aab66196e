package io.posflow.deposit.domain.deposit;

import java.util.Objects;
import java.util.regex.Pattern;

/** A terminal's vendor serial number (T1): 10–20 of A–Z and 0–9. It identifies the terminal's Deposit. */
public record SerialNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{10,20}");

    public SerialNumber {
        Objects.requireNonNull(value, "serial number");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A serial number is 10–20 of A–Z and 0–9");
        }
    }

    /** Axon takes an aggregate's identifier from {@code toString()}: it must be the bare serial. */
    @Override
    public String toString() {
        return value;
    }
}
