package io.posflow.deposit.domain.deposit;

import java.util.Objects;
import java.util.regex.Pattern;

/** The 15-digit merchant number given on approval (O9). */
public record MerchantNo(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{15}");

    public MerchantNo {
        Objects.requireNonNull(value, "merchant number");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A merchant number is 15 digits");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
