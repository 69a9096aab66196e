package io.posflow.settlement.domain.fee;


import io.posflow.contracts.money.Money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rate in basis points (1 bp = 0.01%), e.g. 60 for the 0.60% credit-card rate. Written in settings as a
 * percentage with at most two decimals ({@code 0.60%}), so what ops read is what the rate card says.
 */
public record RateBps(int value) {

    private static final int WHOLE = 10_000;
    private static final Pattern PERCENT = Pattern.compile("(\\d{1,3})(?:\\.(\\d{1,2}))?%");

    public RateBps {
        if (value < 0 || value > WHOLE) {
            throw new IllegalArgumentException("a rate is between 0 and 10000 basis points");
        }
    }

    public static RateBps ofBps(int value) {
        return new RateBps(value);
    }

    /** Parses {@code "0.60%"}; Spring binds typed settings through this method. */
    public static RateBps valueOf(String percent) {
        Matcher m = PERCENT.matcher(percent == null ? "" : percent.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException(
                    "a rate is written as a percentage with at most two decimals, e.g. 0.60%");
        }
        String decimals = m.group(2) == null ? "00" : (m.group(2) + "0").substring(0, 2);
        return new RateBps(Integer.parseInt(m.group(1)) * 100 + Integer.parseInt(decimals));
    }

    /**
     * The rate applied to the whole {@code amount}, rounded half-up to the fen. Half-up rounds away from
     * zero, so a negative amount (a REFUND) gets exactly the negated fee of the positive one.
     */
    public Money of(Money amount) {
        BigDecimal fee = BigDecimal.valueOf(amount.fen()).multiply(BigDecimal.valueOf(value))
                .divide(BigDecimal.valueOf(WHOLE), 0, RoundingMode.HALF_UP);
        return Money.ofFen(fee.longValueExact());
    }

    @Override
    public String toString() {
        return BigDecimal.valueOf(value, 2).toPlainString() + "%";
    }
}
