package io.posflow.platform.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

/**
 * A steady stream of work from several clients while a service is killed and restarted: each client makes
 * an item, sends it until it gets an answer (an unavailable service is tried again with the <em>same</em>
 * item, as a device retries with the same transaction id) and remembers every item the service
 * acknowledged. What a kill-at-random test then checks downstream is exactly {@link #acknowledged()}.
 *
 * @param <T> the item: a transaction id, an application id, a published event's key
 */
public final class SteadyLoad<T> implements AutoCloseable {

    /** What the service answered to one attempt. */
    public enum Answer {
        /** Accepted and acknowledged: from now on it must never be lost. */
        ACKNOWLEDGED,
        /** A definite answer that is not an acknowledgement (e.g. DECLINED): not tried again. */
        REFUSED,
        /** No answer (connection refused, time-out, 5xx while starting): tried again with the same item. */
        UNAVAILABLE
    }

    /** The work one client does. */
    public interface Work<T> {
        T next();

        Answer send(T item) throws Exception;
    }

    private final Set<T> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicLong refused = new AtomicLong();
    private final AtomicLong unavailable = new AtomicLong();
    private final AtomicBoolean running = new AtomicBoolean(true);
    private final List<Thread> clients = new ArrayList<>();
    private final long maxItems;

    private SteadyLoad(IntFunction<Work<T>> work, int clients, long maxItems, Duration pause) {
        this.maxItems = maxItems;
        for (int i = 0; i < clients; i++) {
            Work<T> own = work.apply(i);
            Thread client = new Thread(() -> run(own, pause), "steady-load-" + i);
            client.setDaemon(true);
            this.clients.add(client);
        }
    }

    /**
     * Starts {@code clients} threads, client {@code i} doing {@code work.apply(i)} (a device of its own, say),
     * that send items until {@link #close()} or until {@code maxItems} items were acknowledged, pausing
     * {@code pause} between items (zero: as fast as answers come).
     */
    public static <T> SteadyLoad<T> start(IntFunction<Work<T>> work, int clients, long maxItems, Duration pause) {
        SteadyLoad<T> load = new SteadyLoad<>(work, clients, maxItems, pause);
        load.clients.forEach(Thread::start);
        return load;
    }

    private void run(Work<T> work, Duration pause) {
        while (running.get() && acknowledged.size() < maxItems) {
            T item = work.next();
            boolean answered = false;
            while (running.get() && !answered) {
                Answer answer;
                try {
                    answer = work.send(item);
                } catch (Exception e) {
                    answer = Answer.UNAVAILABLE;
                }
                switch (answer) {
                    case ACKNOWLEDGED -> {
                        acknowledged.add(item);
                        answered = true;
                    }
                    case REFUSED -> {
                        refused.incrementAndGet();
                        answered = true;
                    }
                    case UNAVAILABLE -> {
                        unavailable.incrementAndGet();
                        ServiceProcess.pause(Duration.ofMillis(100));
                    }
                }
            }
            if (!pause.isZero()) {
                ServiceProcess.pause(pause);
            }
        }
    }

    public Set<T> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    public int acknowledgedCount() {
        return acknowledged.size();
    }

    public long refused() {
        return refused.get();
    }

    /** Attempts that got no answer: the service was down or starting. */
    public long unavailable() {
        return unavailable.get();
    }

    /**
     * Stops the clients after their current item: an item in flight is sent until answered (up to
     * {@code within}), so nothing is left half-acknowledged.
     */
    public void finish(Duration within) {
        running.set(false);
        for (Thread client : clients) {
            try {
                client.join(within.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        finish(Duration.ofSeconds(30));
    }
}
