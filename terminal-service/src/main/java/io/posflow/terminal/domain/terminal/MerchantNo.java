package io.posflow.terminal.domain.terminal;

import java.util.regex.Pattern;

/** The 15-digit merchant number onboarding assigned (O9); the merchant a terminal is bound to. */
public record MerchantNo(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{15}");

    public MerchantNo {
        if (value == null || !FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("A merchant number has 15 digits");
        }
    }

    public static MerchantNo of(String value) {
        return new MerchantNo(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
