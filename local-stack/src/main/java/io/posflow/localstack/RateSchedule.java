package io.posflow.localstack;

/**
 * When the sends of {@code ./posflow load} are due. An open model at {@code perSecond} &gt; 0: send {@code n} is due
 * {@code n / perSecond} seconds after the start whatever became of the sends before it, so a slow answer holds up
 * a client, never the schedule, and a send's latency counts from when it was due — the time a customer at the
 * counter waits — not from when a client got round to it (no coordinated omission). A send still waiting for a
 * client at the end of the run is not made; the run reports how many. {@code perSecond} 0: a closed model, each
 * client sends as soon as it has its last answer, and latency counts from the send.
 */
record RateSchedule(double perSecond, long startNanos, long endNanos) {

    RateSchedule {
        if (perSecond < 0 || Double.isNaN(perSecond) || Double.isInfinite(perSecond)) {
            throw new IllegalArgumentException("A rate is 0 (as fast as it can) or a positive number of sends a second");
        }
        if (endNanos - startNanos <= 0) {
            throw new IllegalArgumentException("A run ends after it starts");
        }
    }

    static RateSchedule starting(double perSecond, long startNanos, long durationNanos) {
        return new RateSchedule(perSecond, startNanos, startNanos + durationNanos);
    }

    boolean open() {
        return perSecond > 0;
    }

    /** When send {@code slot} (from 0) is due: only for an open schedule. */
    long dueNanos(long slot) {
        if (!open()) {
            throw new IllegalStateException("A closed schedule has no due times: each client sends when it is free");
        }
        return startNanos + (long) Math.floor(slot * 1e9 / perSecond);
    }

    /** Whether a send due at {@code nanos} belongs to the run. */
    boolean within(long nanos) {
        return nanos - endNanos < 0;
    }

    /** How many sends an open schedule offers: those due before the end. */
    long offered() {
        if (!open()) {
            throw new IllegalStateException("A closed schedule offers what its clients manage");
        }
        return (long) Math.ceil((endNanos - startNanos) * perSecond / 1e9);
    }
}
