package io.posflow.onboarding.domain.merchant;

import java.util.Objects;

/**
 * The 15-digit merchant number (O9): 3 digits institution + 4 digits area + 4 digits MCC + 4 digits sequence.
 */
public record MerchantNo(String value) {

    private static final int MAX_SEQUENCE = 9999;

    public MerchantNo {
        Objects.requireNonNull(value, "value");
        if (!value.matches("[0-9]{15}")) {
            throw new IllegalArgumentException("A merchant number has 15 digits");
        }
    }

    /**
     * @param institution the acquirer's 3-digit institution code
     * @param area        the 4-digit area code
     * @param sequence    1 to 9999, unique per institution, area and MCC
     */
    public static MerchantNo compose(String institution, String area, Mcc mcc, int sequence) {
        Objects.requireNonNull(institution, "institution");
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(mcc, "mcc");
        if (!institution.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("The institution code has 3 digits");
        }
        if (!area.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("The area code has 4 digits");
        }
        if (sequence < 1 || sequence > MAX_SEQUENCE) {
            throw new IllegalArgumentException("The sequence is 1 to " + MAX_SEQUENCE + ": " + sequence);
        }
        return new MerchantNo(institution + area + mcc.value() + "%04d".formatted(sequence));
    }

    public static int maxSequence() {
        return MAX_SEQUENCE;
    }

    /** The plain number: Axon uses it as the aggregate identifier. */
    @Override
    public String toString() {
        return value;
    }
}
