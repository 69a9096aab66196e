package io.posflow.localstack;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.LongAdder;

/**
 * The answers of {@code ./posflow load} in windows of ten seconds: approved, declined and failed sends a second,
 * and the latency percentiles of the answers (HdrHistogram, three significant digits, recorded in microseconds).
 * Clients record from their threads; one reporter closes each window.
 */
final class LatencyWindows {

    static final long WINDOW_NANOS = 10_000_000_000L;
    static final double[] PERCENTILES = {50, 90, 99};
    private static final long MINUTE_NANOS = 60_000_000_000L;

    /** One closed window: {@code from} and {@code to} in seconds since the start, latencies in microseconds. */
    record Window(double from, double to, long approved, long declined, long errors, Histogram latency) {

        double perSecond(long count) {
            return to > from ? count / (to - from) : 0;
        }

        double millis(double percentile) {
            return latency.getTotalCount() == 0 ? 0 : latency.getValueAtPercentile(percentile) / 1000.0;
        }

        double maxMillis() {
            return latency.getTotalCount() == 0 ? 0 : latency.getMaxValue() / 1000.0;
        }

        String line() {
            return String.format("  %5.0f–%-5.0f %11.1f %11.1f %9.1f %9.1f %9.1f %9.1f %9.1f", from, to,
                    perSecond(approved), perSecond(declined), perSecond(errors), millis(50), millis(90), millis(99),
                    maxMillis());
        }
    }

    static String header() {
        return String.format("  %-11s %11s %11s %9s %9s %9s %9s %9s", "window (s)", "approved/s", "declined/s",
                "errors/s", "p50 ms", "p90 ms", "p99 ms", "max ms");
    }

    private final Recorder recorder = new Recorder(3);
    private final LongAdder approved = new LongAdder();
    private final LongAdder declined = new LongAdder();
    private final LongAdder errors = new LongAdder();
    private final long startNanos;
    private final List<Window> closed = new ArrayList<>();
    private long openedNanos;

    LatencyWindows(long startNanos) {
        this.startNanos = startNanos;
        this.openedNanos = startNanos;
    }

    void approved(long latencyNanos) {
        recorder.recordValue(micros(latencyNanos));
        approved.increment();
    }

    void declined(long latencyNanos) {
        recorder.recordValue(micros(latencyNanos));
        declined.increment();
    }

    /** A send without an answer (no connection, a timeout) or with an error status: counted, not timed. */
    void error() {
        errors.increment();
    }

    /** Closes the window open since the last close (or the start) at {@code nowNanos} and returns it. */
    synchronized Window close(long nowNanos) {
        Window w = new Window((openedNanos - startNanos) / 1e9, (nowNanos - startNanos) / 1e9, approved.sumThenReset(),
                declined.sumThenReset(), errors.sumThenReset(), recorder.getIntervalHistogram());
        closed.add(w);
        openedNanos = nowNanos;
        return w;
    }

    synchronized List<Window> windows() {
        return List.copyOf(closed);
    }

    /** The windows together, as one window from the first's start to the last's end. */
    static Window merged(List<Window> windows) {
        Histogram all = new Histogram(3);
        long a = 0;
        long d = 0;
        long e = 0;
        for (Window w : windows) {
            all.add(w.latency());
            a += w.approved();
            d += w.declined();
            e += w.errors();
        }
        double from = windows.isEmpty() ? 0 : windows.get(0).from();
        double to = windows.isEmpty() ? 0 : windows.get(windows.size() - 1).to();
        return new Window(from, to, a, d, e, all);
    }

    /**
     * The span the run's start and end are compared over: a minute, or one window for a run shorter than two
     * minutes (whose first and last minutes would overlap).
     */
    static double comparedSeconds(List<Window> windows) {
        double length = windows.isEmpty() ? 0 : windows.get(windows.size() - 1).to();
        return length >= 2 * MINUTE_NANOS / 1e9 ? MINUTE_NANOS / 1e9 : WINDOW_NANOS / 1e9;
    }

    /** The windows that start within the run's first {@code seconds}. */
    static Window first(List<Window> windows, double seconds) {
        return merged(windows.stream().filter(w -> w.from() < seconds).toList());
    }

    /** The windows that end within the run's last {@code seconds}. */
    static Window last(List<Window> windows, double seconds) {
        double end = windows.isEmpty() ? 0 : windows.get(windows.size() - 1).to();
        return merged(windows.stream().filter(w -> w.to() > end - seconds).toList());
    }

    private static long micros(long nanos) {
        return Math.max(1, nanos / 1_000);
    }
}
