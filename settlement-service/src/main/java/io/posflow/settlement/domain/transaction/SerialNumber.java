package io.posflow.settlement.domain.transaction;

import java.util.Objects;
import java.util.regex.Pattern;

/** A terminal's vendor serial number (T1): 10 to 20 of A–Z and 0–9. */
public record SerialNumber(String value) {

    private static final Pattern FORMAT = Pattern.compile("[A-Z0-9]{10,20}");

    public SerialNumber {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a serial number has 10 to 20 of A-Z and 0-9");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
