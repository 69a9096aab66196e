package io.posflow.deposit.domain.deposit;

import io.posflow.contracts.money.Money;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A device model's deposit terms (D1–D3): the deposit it expects, how long the window runs, the
 * qualifying volume that earns the refund, what qualifies and whether the refund is automatic. They are
 * fixed into a Deposit when it opens, so changing the settings later does not move an open deposit's
 * goalposts.
 */
public record DepositPolicy(Money deposit, Duration window, Money target, Qualifying qualifying,
                            RefundMode refundMode) {

    public DepositPolicy {
        Objects.requireNonNull(deposit, "deposit");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(qualifying, "qualifying");
        Objects.requireNonNull(refundMode, "refundMode");
        if (!deposit.isPositive()) {
            throw new IllegalArgumentException("The deposit must be positive");
        }
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("The deposit window must be positive");
        }
        if (!target.isPositive()) {
            throw new IllegalArgumentException("The volume target must be positive");
        }
    }

    /** A window of {@code windowDays} × 24 h (D1: elapsed time, not calendar days); amounts in fen. */
    public static DepositPolicy of(long depositFen, int windowDays, long targetFen, Qualifying qualifying,
                                   RefundMode refundMode) {
        return new DepositPolicy(Money.ofFen(depositFen), Duration.ofHours(24L * windowDays), Money.ofFen(targetFen),
                qualifying, refundMode);
    }

    public DepositWindow windowFrom(Instant depositSwipeCapturedAt) {
        return DepositWindow.startingAt(depositSwipeCapturedAt, window);
    }
}
