package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * A wave of merchants onboarded concurrently through the real flow, each all the way to a HELD deposit: apply,
 * approval, the SMS code, activation, the deposit swipe, deposit-service holding it ({@link Walkthrough}). A
 * progress line every few seconds; a merchant that fails is reported and the others go on.
 */
final class MerchantWave {

    /** A merchant whose terminal is ACTIVE with its deposit HELD; {@code deposit} as deposit-service showed it. */
    record Opened(Walkthrough.Merchant merchant, String speed, JsonNode deposit) {
    }

    record Result(List<Opened> opened, List<String> failures, Duration took) {

        double perSecond() {
            return took.isZero() ? 0 : opened.size() * 1000.0 / took.toMillis();
        }
    }

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(5);

    private final Walkthrough walk;
    private final int concurrency;
    private final PrintStream out;

    MerchantWave(Walkthrough walk, int concurrency, PrintStream out) {
        this.walk = walk;
        this.concurrency = concurrency;
        this.out = out;
    }

    /**
     * Opens one merchant per element of {@code speeds} (T1 or T0, O6); {@code each} hears of every one opened, in
     * the order they open, on the caller's thread.
     */
    Result open(List<String> speeds, Consumer<Opened> each) throws InterruptedException {
        if (speeds.isEmpty()) {
            return new Result(List.of(), List.of(), Duration.ZERO);
        }
        long began = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(concurrency, speeds.size()));
        try {
            CompletionService<Opened> wave = new ExecutorCompletionService<>(pool);
            for (String speed : speeds) {
                wave.submit(() -> {
                    Walkthrough.Merchant m = walk.onboard(speed);
                    return new Opened(m, speed, walk.openWithDepositHeld(m));
                });
            }
            List<Opened> opened = new ArrayList<>();
            List<String> failures = new ArrayList<>();
            long nextProgress = began + PROGRESS_EVERY.toNanos();
            while (opened.size() + failures.size() < speeds.size()) {
                Future<Opened> done = wave.poll(200, TimeUnit.MILLISECONDS);
                if (done != null) {
                    try {
                        Opened o = done.get();
                        opened.add(o);
                        each.accept(o);
                    } catch (ExecutionException e) {
                        failures.add(String.valueOf(e.getCause()));
                    }
                }
                if (System.nanoTime() >= nextProgress) {
                    nextProgress += PROGRESS_EVERY.toNanos();
                    double seconds = (System.nanoTime() - began) / 1e9;
                    out.printf("  %6.1f s  %,d of %,d open (%.2f merchants/s), %d failed%n", seconds, opened.size(),
                            speeds.size(), opened.size() / seconds, failures.size());
                }
            }
            return new Result(opened, failures, Duration.ofNanos(System.nanoTime() - began));
        } finally {
            pool.shutdownNow();
        }
    }
}
