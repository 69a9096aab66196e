package io.posflow.platform.duework;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.PageRequest;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Polls the due-work table against the injected clock about every second (architecture §6). Each item runs
 * in its own transaction holding the row's lock: a second instance polling the same row waits on the
 * lock and then finds it gone or due later, so an item runs once. After a clock jump the loop
 * keeps draining, in due order, until nothing is due — recurring work reschedules from its own due
 * time, so every missed occurrence runs.
 */
public class DueWorkPoller implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DueWorkPoller.class);
    private static final int PAGE = 100;

    private final DueWorkRepository repository;
    private final Map<String, DueWorkHandler> handlers;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration pollInterval;
    private final Duration maxBackoff;
    private final Counter ran;
    private final Counter failed;
    private ScheduledExecutorService executor;

    public DueWorkPoller(DueWorkRepository repository, List<DueWorkHandler> handlers, TransactionTemplate transactions,
                         Clock clock, Duration pollInterval, Duration maxBackoff, MeterRegistry meters) {
        this.repository = repository;
        this.handlers = handlers.stream().collect(Collectors.toMap(DueWorkHandler::kind, Function.identity()));
        this.transactions = transactions;
        this.clock = clock;
        this.pollInterval = pollInterval;
        this.maxBackoff = maxBackoff;
        this.ran = meters.counter("posflow.duework.runs", "outcome", "ok");
        this.failed = meters.counter("posflow.duework.runs", "outcome", "failed");
        Gauge.builder("posflow.duework.overdue", this, p -> p.overdueCount()).register(meters);
    }

    /** Runs everything due now, in due order, until nothing is due; returns how many items ran. */
    public int runDue() {
        int count = 0;
        while (true) {
            Instant now = clock.instant();
            List<Long> due = repository.findDueIds(now, PageRequest.of(0, PAGE));
            if (due.isEmpty()) {
                return count;
            }
            int progressed = 0;
            for (Long id : due) {
                if (runOne(id, now)) {
                    progressed++;
                }
            }
            count += progressed;
            if (progressed == 0) {
                return count; // everything due is backing off after failures
            }
        }
    }

    private boolean runOne(Long id, Instant now) {
        try {
            Boolean ranIt = transactions.execute(status -> {
                DueWork work = repository.lockById(id).orElse(null);
                if (work == null || work.dueAt().isAfter(now)) {
                    return false;
                }
                DueWorkHandler handler = handlers.get(work.kind());
                if (handler == null) {
                    throw new IllegalStateException("No handler for due work of kind " + work.kind());
                }
                DueWorkOutcome outcome = handler.run(work);
                if (outcome instanceof DueWorkOutcome.DueAgain again) {
                    work.reschedule(again.next(), again.payload());
                } else {
                    repository.delete(work);
                }
                return true;
            });
            if (Boolean.TRUE.equals(ranIt)) {
                ran.increment();
                return true;
            }
            return false;
        } catch (RuntimeException e) {
            failed.increment();
            recordFailure(id, now, e);
            return false;
        }
    }

    private void recordFailure(Long id, Instant now, RuntimeException e) {
        transactions.executeWithoutResult(status -> repository.findById(id).ifPresent(work -> {
            long backoffSeconds = Math.min(maxBackoff.toSeconds(), 1L << Math.min(work.attempts(), 16));
            work.failed(now.plusSeconds(backoffSeconds), e.getClass().getSimpleName() + ": " + e.getMessage());
            log.warn("Due work {} {} failed (attempt {}), retrying in {}s: {}", work.kind(), work.key(),
                    work.attempts(), backoffSeconds, e.toString());
        }));
    }

    private double overdueCount() {
        try {
            return repository.countByDueAtLessThanEqual(clock.instant());
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "due-work-poller");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(this::pollSafely, pollInterval.toMillis(), pollInterval.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void pollSafely() {
        try {
            runDue();
        } catch (RuntimeException e) {
            log.warn("Due-work poll failed: {}", e.toString());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
