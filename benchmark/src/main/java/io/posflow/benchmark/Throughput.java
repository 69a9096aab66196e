package io.posflow.benchmark;

/** How many records one contender processed in how long; {@code note} says what was timed. */
record Throughput(String name, long records, double seconds, String note) {

    double perSecond() {
        return seconds <= 0 ? 0 : records / seconds;
    }
}
