package io.posflow.platform.projection;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A projection of topics into the service's database (architecture §4, ADR 12): consumers of its own that fold
 * each poll's records with a {@link TopicFold} and commit the fold's writes and the offsets they read up to in ONE
 * database transaction. On (re)assignment they seek to the offsets stored there, so a record is folded exactly once
 * whatever happens to the process, the broker or the group; Kafka's own committed offsets are written afterwards
 * for lag dashboards only.
 *
 * <p>Unreadable records go to {@code <topic>.dlt} at once (before the transaction that moves past them, so none is
 * lost; a retry may dead-letter one twice). A poll that fails is retried from the stored offsets with back-off;
 * after {@code batchAttempts} failures its records are retried one by one, and one that still fails after
 * {@code recordAttempts} goes to the DLT, so it never blocks its partition.
 *
 * <p>Built with {@link TopicProjections#builder(String, String...)}; a Spring bean, it starts and stops with the
 * context. Meters: {@code <metrics>.batch} (a timer per committed poll) and {@code <metrics>.failures}.
 */
public final class TopicProjection<T> implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(TopicProjection.class);

    private final Settings settings;
    private final TopicFold<T> fold;
    private final ConsumerFactory<String, byte[]> consumers;
    private final TransactionTemplate transactions;
    private final StoredOffsets offsets;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final MeterRegistry meters;
    private final Timer batches;
    /** Shared while a poll is folded; {@link #whilePaused} takes it exclusively to see the projection stand still. */
    private final ReentrantReadWriteLock folding = new ReentrantReadWriteLock();
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    TopicProjection(Settings settings, TopicFold<T> fold, ConsumerFactory<String, byte[]> consumers,
                    TransactionTemplate transactions, StoredOffsets offsets, DeadLetterPublishingRecoverer deadLetters,
                    MeterRegistry meters) {
        this.settings = settings;
        this.fold = fold;
        this.consumers = consumers;
        this.transactions = transactions;
        this.offsets = offsets;
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.batches = Timer.builder(settings.metrics() + ".batch")
                .description("One poll of the " + settings.name() + " projection's topics folded and committed")
                .publishPercentileHistogram().register(meters);
    }

    /** The projection's name: its offsets' key, its threads' and client ids' prefix. */
    public String name() {
        return settings.name();
    }

    public List<String> topics() {
        return settings.topics();
    }

    /** What it folds with: a rebuild reads the topics again with the same {@link TopicFold#parse}. */
    public TopicFold<T> fold() {
        return fold;
    }

    /** The next offset to read of every partition the projection has folded from, as committed with its state. */
    public Map<TopicPartition, Long> storedOffsets() {
        return offsets.all();
    }

    /** The partitions this instance's consumers own now (the group may split them with other instances). */
    public Set<TopicPartition> assignment() {
        Set<TopicPartition> all = new HashSet<>();
        workers.forEach(worker -> all.addAll(worker.assigned));
        return all;
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < settings.consumers(); i++) {
            Worker worker = new Worker();
            Thread t = new Thread(worker, settings.name() + "-projection-" + i);
            t.setDaemon(true);
            worker.thread = t;
            workers.add(worker);
            t.start();
        }
    }

    @Override
    public void stop() {
        running = false;
        workers.forEach(Worker::wakeup);
        for (Worker worker : workers) {
            try {
                worker.thread.join(Duration.ofSeconds(30).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        workers.clear();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Runs {@code work} while the projection stands still between two polls (a rebuild compares against it). */
    public <R> R whilePaused(Supplier<R> work) {
        folding.writeLock().lock();
        try {
            return work.get();
        } finally {
            folding.writeLock().unlock();
        }
    }

    /** Does every consumer's deferred work now (the caller holds the projection still and runs a transaction). */
    public void applyDeferredNow() {
        workers.forEach(worker -> worker.state().applyDeferred());
    }

    /**
     * One consumer of the group and its state: the partitions it owns with the offset each stands at, and its fold's
     * state. Several workers split the partitions as any consumers of a group do (the fenced offsets make that safe,
     * as between instances).
     */
    private final class Worker implements Runnable {

        /** The stored offset of each partition this consumer owns: what the next advance expects to move from. */
        private final Map<TopicPartition, Long> owned = new HashMap<>();
        /** What the group gave this consumer, for {@link #assignment()} on other threads. */
        private final Set<TopicPartition> assigned = ConcurrentHashMap.newKeySet();
        private volatile Thread thread;
        private volatile Consumer<String, byte[]> consumer;
        private TopicFold.State<T> state;
        private long nextDeferred;

        void wakeup() {
            Consumer<String, byte[]> c = consumer;
            if (c != null) {
                c.wakeup();
            }
        }

        @Override
        public void run() {
            Properties overrides = new Properties();
            overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(settings.maxPollRecords()));
            overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(4 * 1024 * 1024));
            overrides.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(32 * 1024 * 1024));
            try (Consumer<String, byte[]> c = consumers.createConsumer(settings.group(),
                    settings.name() + "-projection", null, overrides)) {
                consumer = c;
                c.subscribe(settings.topics(), new Rebalance(c));
                while (running) {
                    try {
                        pollOnce(c);
                    } catch (WakeupException stopping) {
                        throw stopping;
                    } catch (RuntimeException e) {
                        recover(c, e, 0);
                        backOff(1);
                    }
                }
            } catch (WakeupException stopping) {
                // stop() woke the consumer up
            } finally {
                consumer = null;
                assigned.clear();
            }
        }

        private void pollOnce(Consumer<String, byte[]> c) {
            ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(200));
            folding.readLock().lock();
            try {
                if (!records.isEmpty()) {
                    handle(c, records);
                }
                applyDeferredWhenDue();
            } finally {
                folding.readLock().unlock();
            }
        }

        private void handle(Consumer<String, byte[]> c, ConsumerRecords<String, byte[]> records) {
            List<ConsumerRecord<String, byte[]>> all = new ArrayList<>(records.count());
            records.forEach(all::add);
            for (int attempt = 1; ; attempt++) {
                try {
                    Timer.Sample sample = Timer.start(meters);
                    List<T> items = readAll(all);
                    commit(items, all);
                    sample.stop(batches);
                    commitToKafka(c);
                    return;
                } catch (RuntimeException e) {
                    recover(c, e, attempt);
                    if (attempt >= settings.batchAttempts()) {
                        oneByOne(c, all);
                        return;
                    }
                    backOff(attempt);
                    if (!running) {
                        return;
                    }
                }
            }
        }

        /** The records, parsed; an unreadable one goes to the DLT now and is left out (architecture §4). */
        private List<T> readAll(List<ConsumerRecord<String, byte[]>> records) {
            // Records folded before are skipped: a seek back after a failure re-reads them.
            List<ConsumerRecord<String, byte[]>> unread = records.stream().filter(this::unfolded).toList();
            // Parsing and schema validation can be a third of the work: spread over the cores, in record order.
            List<Object> parsed = (unread.size() < settings.parallelParseFrom()
                    ? unread.stream() : unread.parallelStream()).map(this::parse).toList();
            List<T> items = new ArrayList<>(parsed.size());
            for (int i = 0; i < parsed.size(); i++) {
                if (parsed.get(i) instanceof UnreadableMessageException unreadable) {
                    deadLetters.accept(unread.get(i), unreadable);
                } else {
                    @SuppressWarnings("unchecked")
                    T item = (T) parsed.get(i);
                    items.add(item);
                }
            }
            return items;
        }

        private boolean unfolded(ConsumerRecord<String, byte[]> record) {
            Long stored = owned.get(new TopicPartition(record.topic(), record.partition()));
            return stored == null || record.offset() >= stored;
        }

        /** The record as an item to fold, or why it cannot be read. */
        private Object parse(ConsumerRecord<String, byte[]> record) {
            try {
                return fold.parse(record);
            } catch (UnreadableMessageException e) {
                return e;
            }
        }

        /** Folds and moves the offsets past {@code records}, in one transaction. */
        private void commit(List<T> items, List<ConsumerRecord<String, byte[]>> records) {
            Map<TopicPartition, Long> next = new HashMap<>();
            records.forEach(r -> next.merge(new TopicPartition(r.topic(), r.partition()), r.offset() + 1, Math::max));
            transactions.executeWithoutResult(status -> {
                state().apply(items);
                next.forEach((partition, offset) -> offsets.advance(partition, owned.get(partition), offset));
            });
            owned.putAll(next);
            fold.committed(items);
        }

        /** After the batch attempts: each record on its own, a failing one dead-lettered. */
        private void oneByOne(Consumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> records) {
            for (ConsumerRecord<String, byte[]> record : records) {
                for (int attempt = 1; running; attempt++) {
                    try {
                        commit(readAll(List.of(record)), List.of(record));
                        break;
                    } catch (RuntimeException e) {
                        recover(c, e, attempt);
                        if (attempt >= settings.recordAttempts()) {
                            deadLetters.accept(record, e);
                            commit(List.of(), List.of(record));
                            break;
                        }
                        backOff(attempt);
                    }
                }
            }
            commitToKafka(c);
        }

        /** A failed transaction left the in-memory state behind the database's: reload it and read from there. */
        private void recover(Consumer<String, byte[]> c, RuntimeException e, int attempt) {
            log.warn("The {} projection failed to fold {} (attempt {}): {}", settings.name(), settings.topics(),
                    attempt, e.toString());
            meters.counter(settings.metrics() + ".failures").increment();
            state = null;
            Collection<TopicPartition> partitions = c.assignment();
            owned.clear();
            seekToStored(c, partitions);
        }

        private void applyDeferredWhenDue() {
            long now = System.nanoTime();
            if (now < nextDeferred) {
                return;
            }
            nextDeferred = now + settings.deferredInterval().toNanos();
            if (state != null && !state.hasDeferred()) {
                return;
            }
            try {
                transactions.executeWithoutResult(status -> state().applyDeferred());
            } catch (RuntimeException e) {
                log.warn("The {} projection's deferred work failed: {}", settings.name(), e.toString());
                state = null;
            }
        }

        private TopicFold.State<T> state() {
            if (state == null) {
                state = fold.open();
            }
            return state;
        }

        private void commitToKafka(Consumer<String, byte[]> c) {
            Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
            owned.forEach((tp, offset) -> positions.put(tp, new OffsetAndMetadata(offset)));
            c.commitAsync(positions, (committed, e) -> {
                if (e != null) {
                    log.debug("Kafka offsets for lag monitoring not committed: {}", e.toString());
                }
            });
        }

        private void seekToStored(Consumer<String, byte[]> c, Collection<TopicPartition> partitions) {
            if (partitions.isEmpty()) {
                return;
            }
            Map<TopicPartition, Long> stored = transactions.execute(status -> offsets.load(partitions));
            List<TopicPartition> fromStart = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                Long offset = stored.get(tp);
                if (offset == null) {
                    fromStart.add(tp);
                    owned.remove(tp);
                } else {
                    c.seek(tp, offset);
                    owned.put(tp, offset);
                }
            }
            if (!fromStart.isEmpty()) {
                c.seekToBeginning(fromStart);
            }
        }

        private void backOff(int attempt) {
            try {
                Thread.sleep(Math.min(5_000L, 200L << Math.min(attempt, 5)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }

        /** Seeks newly assigned partitions to the stored offsets; the in-memory state starts afresh either way. */
        private final class Rebalance implements ConsumerRebalanceListener {

            private final Consumer<String, byte[]> c;

            Rebalance(Consumer<String, byte[]> c) {
                this.c = c;
            }

            @Override
            public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                partitions.forEach(owned::remove);
                assigned.removeAll(partitions);
                state = null;
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                state = null;
                assigned.addAll(partitions);
                seekToStored(c, partitions);
            }
        }
    }

    /**
     * How a projection runs.
     *
     * @param name              its offsets' key; its threads are {@code <name>-projection-<i>}
     * @param topics            what it folds
     * @param group             its consumer group
     * @param metrics           the prefix of its meters
     * @param consumers         consumers of the group in this process; they split the partitions
     * @param maxPollRecords    records one poll (one transaction) folds at most
     * @param batchAttempts     tries of a whole poll before its records are tried one by one
     * @param recordAttempts    tries of a record on its own before it goes to the DLT
     * @param parallelParseFrom polls of at least this many records are parsed on several cores
     * @param deferredInterval  how often the fold's deferred work is looked at
     */
    record Settings(String name, List<String> topics, String group, String metrics, int consumers,
                    int maxPollRecords, int batchAttempts, int recordAttempts, int parallelParseFrom,
                    Duration deferredInterval) {

        Settings {
            topics = List.copyOf(topics);
            if (topics.isEmpty()) {
                throw new IllegalArgumentException("The " + name + " projection folds no topic");
            }
            if (consumers < 1) {
                throw new IllegalArgumentException("The " + name + " projection needs at least 1 consumer");
            }
            if (maxPollRecords < 1 || batchAttempts < 1 || recordAttempts < 1) {
                throw new IllegalArgumentException("The " + name + " projection's poll size and attempts must be "
                        + "at least 1");
            }
        }
    }
}
