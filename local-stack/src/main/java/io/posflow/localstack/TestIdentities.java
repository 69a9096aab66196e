package io.posflow.localstack;

import java.security.SecureRandom;

/**
 * Fresh, valid-looking simulation identities for each walk-through: GB 11643 ID numbers, Luhn-valid
 * cards with the documented test BINs, and phones that avoid the simulators' failure endings (0001–0004).
 */
final class TestIdentities {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private TestIdentities() {
    }

    /** An 18-character ID number of someone born in 1985 in Beijing Chaoyang, with its check character. */
    static String idNumber() {
        String body = "110105" + "1985" + String.format("%02d%02d", 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28))
                + String.format("%03d", RANDOM.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    static String debitCard() {
        return luhn("622202" + digits(12));
    }

    static String creditCard() {
        return luhn("625807" + digits(9));
    }

    static String phone() {
        String phone;
        do {
            phone = "139" + digits(8);
        } while (phone.matches(".*000[1-4]$"));
        return phone;
    }

    /** A phone ending in one of the simulators' test values (architecture §5), e.g. 0001: the face check fails. */
    static String phoneEnding(String ending) {
        return "139" + digits(8 - ending.length()) + ending;
    }

    static String serialNumber(String prefix) {
        return prefix + digits(12);
    }

    private static String digits(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(RANDOM.nextInt(10));
        }
        return s.toString();
    }

    /** Appends the Luhn check digit. */
    static String luhn(String body) {
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int d = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return body + (10 - sum % 10) % 10;
    }
}
