package io.posflow.platform.testing;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;

/**
 * Kills a running {@link ServiceProcess} with {@code kill -9} at random moments and starts it again with
 * the same command line, while a {@link SteadyLoad} (or a stream of records) keeps it busy (issues 12, 13).
 * The moments come from a seed, printed with the report, so a failing run can be repeated.
 */
public final class KillAtRandom {

    /** What happened: how many kills, and how long each restart took until healthy. */
    public record Report(long seed, int kills, List<Duration> restarts) {

        @Override
        public String toString() {
            return "%d kill(s) with seed %d, restarts took %s".formatted(kills, seed,
                    restarts.stream().map(d -> "%.1f s".formatted(d.toMillis() / 1000.0)).toList());
        }
    }

    private final ServiceProcess service;
    private final Random random;
    private final long seed;

    public KillAtRandom(ServiceProcess service, long seed) {
        this.service = service;
        this.seed = seed;
        this.random = new Random(seed);
    }

    /** A seed from {@code -Dposflow.chaos.seed} when set (to repeat a run), else from the clock. */
    public static long seed() {
        return Long.getLong("posflow.chaos.seed", System.nanoTime());
    }

    /** How many kills a test makes: {@code -Dposflow.chaos.kills} when set (longer runs), else {@code ciDefault}. */
    public static int kills(int ciDefault) {
        return Integer.getInteger("posflow.chaos.kills", ciDefault);
    }

    /**
     * Kills the service {@code kills} times, each after a random uptime between {@code minUptime} and
     * {@code maxUptime} once it is healthy again; returns with the service running. {@code busy} is checked
     * before each kill: a kill is only made while the service has work in flight.
     */
    public Report run(int kills, Duration minUptime, Duration maxUptime, BooleanSupplier busy) {
        List<Duration> restarts = new ArrayList<>();
        for (int i = 0; i < kills; i++) {
            long spread = Math.max(1, maxUptime.toMillis() - minUptime.toMillis());
            ServiceProcess.pause(minUptime.plusMillis((long) (random.nextDouble() * spread)));
            Instant waitedForWork = Instant.now();
            while (!busy.getAsBoolean() && Duration.between(waitedForWork, Instant.now()).toSeconds() < 60) {
                ServiceProcess.pause(Duration.ofMillis(50));
            }
            service.kill();
            Instant killed = Instant.now();
            service.start();
            restarts.add(Duration.between(killed, Instant.now()));
        }
        return new Report(seed, kills, restarts);
    }
}
