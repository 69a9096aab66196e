package io.posflow.contracts.pii;

/**
 * The Luhn check digit of ISO/IEC 7812-1 (MOD 10, doubling every second digit from the right): how a reader of
 * a card number — onboarding's settlement card (K3), a device's PAN at capture (T5) — tells a mistyped one.
 * Says nothing about the number beyond its check digit, so it never quotes it either.
 */
public final class Luhn {

    private Luhn() {
    }

    /** Whether {@code digits} (ASCII digits only, at least 2) ends with its Luhn check digit. */
    public static boolean isValid(String digits) {
        if (digits == null || digits.length() < 2 || !digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }
}
