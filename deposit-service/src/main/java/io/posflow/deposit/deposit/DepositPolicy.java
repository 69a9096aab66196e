package io.posflow.deposit.deposit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The programme's deposit terms (D1, D2): how long the window runs and the qualifying volume that
 * earns the refund. They are fixed into a Deposit when it opens, so changing the settings later does
 * not move an open deposit's goalposts.
 */
public record DepositPolicy(Duration window, Money target) {

    public DepositPolicy {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(target, "target");
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The deposit window must be positive");
        }
        if (!target.isPositive()) {
            throw new IllegalArgumentException("The volume target must be positive");
        }
    }

    /** A window of {@code windowDays} × 24 h (D1: elapsed time, not calendar days) and a target in fen. */
    public static DepositPolicy of(int windowDays, long targetFen) {
        return new DepositPolicy(Duration.ofHours(24L * windowDays), Money.ofFen(targetFen));
    }

    public DepositWindow windowFrom(Instant depositSwipeCapturedAt) {
        return DepositWindow.startingAt(depositSwipeCapturedAt, window);
    }
}
