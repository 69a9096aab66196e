package io.posflow.contracts.pii;

import java.util.Objects;

/**
 * How a personal datum is shown to those who may not see it. A value too short to keep its visible
 * prefix and suffix is masked entirely, so a mask never reveals a whole value.
 */
public enum Mask {

    /** First 3 and last 4 characters, same length: {@code 110***********1239}. */
    ID_NUMBER {
        @Override
        public String apply(String clear) {
            return keepEnds(clear, 3, 4);
        }
    },
    /** First 6 (the BIN) and last 4 digits, same length: {@code 622202*********0123}. */
    CARD_NUMBER {
        @Override
        public String apply(String clear) {
            return keepEnds(clear, 6, 4);
        }
    },
    /** First 3 and last 4 digits around four stars: {@code 138****8000}. */
    PHONE {
        @Override
        public String apply(String clear) {
            int[] cps = codePoints(clear);
            if (cps.length < 8) {
                return stars(cps.length);
            }
            return text(cps, 0, 3) + "****" + text(cps, cps.length - 4, cps.length);
        }
    },
    /** First character, a star for each other one: {@code 王**}. */
    NAME {
        @Override
        public String apply(String clear) {
            int[] cps = codePoints(clear);
            if (cps.length < 2) {
                return stars(cps.length);
            }
            return text(cps, 0, 1) + stars(cps.length - 1);
        }
    },
    /** Reveals nothing, not even the length. */
    GENERIC {
        @Override
        public String apply(String clear) {
            codePoints(clear); // rejects null and empty values, as every mask does
            return "***";
        }
    };

    /**
     * The masked form of {@code clear}; always contains at least one {@code *}.
     *
     * @throws IllegalArgumentException for an empty value
     */
    public abstract String apply(String clear);

    private static String keepEnds(String clear, int head, int tail) {
        int[] cps = codePoints(clear);
        if (cps.length <= head + tail) {
            return stars(cps.length);
        }
        return text(cps, 0, head) + stars(cps.length - head - tail) + text(cps, cps.length - tail, cps.length);
    }

    // Code points, not chars: names may hold characters outside the BMP.
    private static int[] codePoints(String clear) {
        Objects.requireNonNull(clear, "clear");
        if (clear.isEmpty()) {
            throw new IllegalArgumentException("an empty value cannot be masked");
        }
        return clear.codePoints().toArray();
    }

    private static String text(int[] cps, int from, int to) {
        return new String(cps, from, to - from);
    }

    private static String stars(int count) {
        return "*".repeat(count);
    }
}
