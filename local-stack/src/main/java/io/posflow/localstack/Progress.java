package io.posflow.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits for something the stack does in its own time (a topic read to its end, a run, a fold), printing how far
 * it got; gives up — and says so, so that the report shows what is missing — when nothing has moved for a while
 * or after a maximum. A long wait prints at most every {@code printEvery}, a short one each change.
 */
record Progress(PrintStream out, Duration poll, Duration printEvery) {

    /**
     * Polls {@code probe} until {@code done}; gives up when the value has not changed for {@code stall}, or
     * after {@code max}. Returns the last value.
     */
    <T> T await(String what, Supplier<T> probe, Predicate<T> done, Duration stall, Duration max) {
        long began = System.nanoTime();
        long changed = began;
        long printed = Long.MIN_VALUE;
        T last = null;
        T shown = null;
        while (true) {
            T value = probe.get();
            long now = System.nanoTime();
            if (!value.equals(last)) {
                last = value;
                changed = now;
            }
            boolean finished = done.test(value);
            if (!value.equals(shown) && (finished || printed == Long.MIN_VALUE || now - printed >= printEvery.toNanos())) {
                out.printf("  waiting for %s: %s (%.0f s)%n", what, value, (now - began) / 1e9);
                shown = value;
                printed = now;
            }
            if (finished) {
                return value;
            }
            if (now - changed > stall.toNanos() || now - began > max.toNanos()) {
                out.printf("  gave up waiting for %s after %.0f s: %s%n", what, (now - began) / 1e9, value);
                return value;
            }
            try {
                Thread.sleep(poll.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted", e);
            }
        }
    }
}
