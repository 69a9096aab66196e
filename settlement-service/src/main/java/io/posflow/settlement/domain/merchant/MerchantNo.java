package io.posflow.settlement.domain.merchant;

import java.util.Objects;
import java.util.regex.Pattern;

/** The 15-digit merchant number onboarding assigns (O9); the MerchantAccount's id. */
public record MerchantNo(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9]{15}");

    public MerchantNo {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("a merchant number has 15 digits");
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value).matches();
    }

    /** Axon uses the identifier's string form as the aggregate id. */
    @Override
    public String toString() {
        return value;
    }
}
