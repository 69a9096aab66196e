package io.posflow.localstack;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Issue 15: throughput and latency percentiles per ten-second window, and the run's first and last minute. */
class LatencyWindowsTest {

    private static final long MS = 1_000_000L;
    private static final long SECOND = 1_000 * MS;
    private static final long START = 42 * SECOND;

    private final LatencyWindows windows = new LatencyWindows(START);

    @Test
    void aWindowCountsPerSecondOfItsOwnLength() {
        for (int i = 0; i < 500; i++) {
            windows.approved(10 * MS);
        }
        for (int i = 0; i < 20; i++) {
            windows.declined(10 * MS);
        }
        windows.error();

        LatencyWindows.Window w = windows.close(START + 10 * SECOND);

        assertThat(w.from()).isZero();
        assertThat(w.to()).isEqualTo(10.0);
        assertThat(w.perSecond(w.approved())).isEqualTo(50.0);
        assertThat(w.perSecond(w.declined())).isEqualTo(2.0);
        assertThat(w.perSecond(w.errors())).isEqualTo(0.1);
    }

    @Test
    void percentilesAreTheAnswersLatenciesInMilliseconds() {
        for (int ms = 1; ms <= 100; ms++) {
            windows.approved(ms * MS);
        }

        LatencyWindows.Window w = windows.close(START + 10 * SECOND);

        assertThat(w.millis(50)).isCloseTo(50, within(0.1));
        assertThat(w.millis(90)).isCloseTo(90, within(0.1));
        assertThat(w.millis(99)).isCloseTo(99, within(0.1));
        assertThat(w.maxMillis()).isCloseTo(100, within(0.1));
        assertThat(w.line()).contains("0–10", "10.0", "50.0", "99.0", "100.0");
    }

    @Test
    void anErrorIsCountedButNotTimed() {
        windows.error();

        LatencyWindows.Window w = windows.close(START + 10 * SECOND);

        assertThat(w.errors()).isEqualTo(1);
        assertThat(w.latency().getTotalCount()).isZero();
        assertThat(w.millis(99)).isZero();
    }

    @Test
    void eachWindowHoldsOnlyTheAnswersSinceTheLastClose() {
        windows.approved(500 * MS);
        LatencyWindows.Window first = windows.close(START + 10 * SECOND);
        windows.approved(5 * MS);
        windows.approved(5 * MS);
        LatencyWindows.Window second = windows.close(START + 20 * SECOND);

        assertThat(first.approved()).isEqualTo(1);
        assertThat(second.approved()).isEqualTo(2);
        assertThat(second.from()).isEqualTo(10.0);
        assertThat(second.maxMillis()).isCloseTo(5, within(0.01));
        assertThat(windows.windows()).containsExactly(first, second);
    }

    @Test
    void theFirstMinuteIsTheWindowsStartingInItAndTheLastMinuteTheWindowsEndingInIt() {
        List<LatencyWindows.Window> all = tenSecondWindows(12);

        double span = LatencyWindows.comparedSeconds(all);
        LatencyWindows.Window first = LatencyWindows.first(all, span);
        LatencyWindows.Window last = LatencyWindows.last(all, span);

        assertThat(span).isEqualTo(60.0);
        assertThat(first.from()).isZero();
        assertThat(first.to()).isEqualTo(60.0);
        assertThat(first.approved()).isEqualTo(6);
        assertThat(first.maxMillis()).isCloseTo(60, within(0.1));
        assertThat(last.from()).isEqualTo(60.0);
        assertThat(last.to()).isEqualTo(120.0);
        assertThat(last.maxMillis()).isCloseTo(120, within(0.1));
        assertThat(LatencyWindows.merged(all).approved()).isEqualTo(12);
    }

    @Test
    void aRunShorterThanTwoMinutesComparesItsFirstAndLastWindowsInstead() {
        List<LatencyWindows.Window> all = tenSecondWindows(6);

        double span = LatencyWindows.comparedSeconds(all);

        assertThat(span).isEqualTo(10.0);
        assertThat(LatencyWindows.first(all, span).maxMillis()).isCloseTo(10, within(0.1));
        assertThat(LatencyWindows.last(all, span).maxMillis()).isCloseTo(60, within(0.1));
    }

    /** Window w (from 1) holds one answer of w × 10 ms. */
    private List<LatencyWindows.Window> tenSecondWindows(int count) {
        for (int w = 1; w <= count; w++) {
            windows.approved(w * 10 * MS);
            windows.close(START + w * 10 * SECOND);
        }
        return windows.windows();
    }
}
