package io.posflow.localstack;

import java.security.SecureRandom;
import java.util.Random;

/**
 * Fresh, valid-looking simulation identities for each walk-through: GB 11643 ID numbers, Luhn-valid
 * cards with the documented test BINs, and phones that avoid the simulators' failure endings (0001–0004);
 * and the amounts the simulators treat specially (architecture §5, README "Services").
 */
final class TestIdentities {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** The simulated card switch hangs on an amount ending in 13 fen: DECLINED SWITCH_TIMEOUT after 5 s (T7). */
    private static final long SWITCH_HANGS_FEN = 13;
    /** The simulated clearing file leaves out a capture ending in 77 fen: held by settlement (S8). */
    private static final long CLEARING_OMITS_FEN = 77;
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";

    private TestIdentities() {
    }

    /**
     * An 18-character ID number of someone born between 1970 and 1999 in Beijing Chaoyang, with its check
     * character: ten million of them, so that a wave of ten thousand applicants seldom repeats one (O8 allows an ID
     * two merchants).
     */
    static String idNumber() {
        String body = "110105" + (1970 + RANDOM.nextInt(30))
                + String.format("%02d%02d", 1 + RANDOM.nextInt(12), 1 + RANDOM.nextInt(28))
                + String.format("%03d", RANDOM.nextInt(1000));
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * ID_WEIGHTS[i];
        }
        return body + ID_CHECK.charAt(sum % 11);
    }

    static String debitCard() {
        return debitCard(RANDOM);
    }

    static String creditCard() {
        return creditCard(RANDOM);
    }

    /** A domestic debit card by the BIN table (622202), from {@code random} (a seeded run repeats its cards). */
    static String debitCard(Random random) {
        return luhn("622202" + digits(random, 12));
    }

    /** A domestic credit card by the BIN table (625807). */
    static String creditCard(Random random) {
        return luhn("625807" + digits(random, 9));
    }

    /** An overseas credit card by the BIN table (411111). */
    static String overseasCard(Random random) {
        return luhn("411111" + digits(random, 9));
    }

    /** The card switch hangs on this amount until the capture times out: DECLINED after 5 s (T7). */
    static boolean switchHangsOn(long amountFen) {
        return amountFen % 100 == SWITCH_HANGS_FEN;
    }

    /** The switch's clearing file leaves this amount out: settlement holds the capture (S8). */
    static boolean clearingOmits(long amountFen) {
        return amountFen % 100 == CLEARING_OMITS_FEN;
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
        return digits(RANDOM, n);
    }

    private static String digits(Random random, int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append(random.nextInt(10));
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
