package io.posflow.benchmark;

import java.time.Duration;
import java.time.Instant;

/**
 * The deposit projection's fold as the benchmark states it, independent of deposit-service: the
 * generator computes the expected volumes with it and the Kafka Streams peer folds with it, so all three
 * answer the same question. D1: the window is [capturedAt, capturedAt + 60 days); D2: SALE adds, REFUND
 * subtracts, captured inside the window only; D5: each transactionId counts once per terminal (the caller
 * remembers which it has seen); D3: the first volume >= target triggers the refund and freezes the volume.
 */
final class DepositRules {

    static final Duration WINDOW = Duration.ofDays(60);
    static final long TARGET_FEN = 10_000_000L;

    private DepositRules() {
    }

    /**
     * One terminal's deposit: its window, its volume so far, whether the refund was triggered, and what was
     * counted after that ({@code afterTargetFen}): D3 freezes the volume at the trigger, but a projection that
     * keeps counting shows {@link #countedOnFen()}; the benchmark can check either.
     */
    record TerminalVolume(long windowStartMillis, long windowEndMillis, long targetFen, long volumeFen,
                          int transactionCount, boolean triggered, long afterTargetFen) {

        static TerminalVolume opened(Instant depositCapturedAt) {
            Instant start = depositCapturedAt;
            return new TerminalVolume(start.toEpochMilli(), start.plus(WINDOW).toEpochMilli(), TARGET_FEN, 0, 0,
                    false, 0);
        }

        boolean inWindow(long capturedAtMillis) {
            return capturedAtMillis >= windowStartMillis && capturedAtMillis < windowEndMillis;
        }

        /** The volume after a first-seen SALE (positive) or REFUND (negative) of {@code amountFen}. */
        TerminalVolume add(long amountFen, long capturedAtMillis) {
            if (!inWindow(capturedAtMillis)) {
                return this;
            }
            if (triggered) {
                return new TerminalVolume(windowStartMillis, windowEndMillis, targetFen, volumeFen, transactionCount,
                        true, afterTargetFen + amountFen);
            }
            long volume = volumeFen + amountFen;
            return new TerminalVolume(windowStartMillis, windowEndMillis, targetFen, volume, transactionCount + 1,
                    volume >= targetFen, 0);
        }

        /** The volume had it not been frozen at the trigger. */
        long countedOnFen() {
            return volumeFen + afterTargetFen;
        }
    }
}
