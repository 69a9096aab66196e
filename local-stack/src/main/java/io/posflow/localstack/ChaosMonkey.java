package io.posflow.localstack;

import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.LongSupplier;

/**
 * Kills each of the stack's six processes — the broker and the five services — once, in an order and at
 * moments drawn from the seed, with {@code kill -9}, and starts each again with exactly its command line as
 * soon as it is dead, waiting until it is ready (broker) or healthy (service) and the whole stack is healthy
 * before the next kill: one crash at a time, as issue 12 measured it.
 */
final class ChaosMonkey {

    /** One kill: when (seconds into the capture), which pid, how long until ready again, approvals so far. */
    record Kill(String process, long pid, double atSeconds, Duration restart, long newPid, long approvedBefore) {
    }

    static final List<String> PROCESSES = List.of("kafka", "onboarding", "kyc", "terminal", "settlement", "deposit");

    private final LocalStack stack;
    private final Random random;

    ChaosMonkey(LocalStack stack, long seed) {
        this.stack = stack;
        this.random = new Random(seed);
    }

    /**
     * Spreads the six kills over {@code period} from {@code began}: each one comes a random 30–100 % of an equal
     * share of the period after the stack is healthy again (the restarts themselves take longer than that on a
     * small machine; the kills then simply follow one another). {@code approved} reads the approvals so far.
     */
    List<Kill> run(Instant began, Duration period, LongSupplier approved, PrintStream out) throws Exception {
        List<String> order = new ArrayList<>(PROCESSES);
        Collections.shuffle(order, random);
        long share = period.toMillis() / order.size();
        List<Kill> kills = new ArrayList<>();
        for (String process : order) {
            Thread.sleep((long) (share * (0.3 + 0.7 * random.nextDouble())));
            long approvedBefore = approved.getAsLong();
            Instant killedAt = Instant.now();
            double at = Duration.between(began, killedAt).toMillis() / 1000.0;
            long pid = stack.kill(process);
            out.printf("  %6.1f s  kill -9 %-10s (pid %d) after %d approved%n", at, process, pid, approvedBefore);
            long newPid = stack.restart(process);
            Duration restart = Duration.between(killedAt, Instant.now());
            stack.awaitAllHealthy();
            out.printf("  %6.1f s  %-10s ready again after %.1f s (pid %d)%n", seconds(began), process,
                    restart.toMillis() / 1000.0, newPid);
            kills.add(new Kill(process, pid, at, restart, newPid, approvedBefore));
        }
        return kills;
    }

    private static double seconds(Instant since) {
        return Duration.between(since, Instant.now()).toMillis() / 1000.0;
    }
}
