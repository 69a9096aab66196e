package io.posflow.deposit.projection;

import io.posflow.contracts.BusinessDay;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.Topics;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.deposit.messaging.inbound.DepositReferences;
import io.posflow.deposit.messaging.inbound.TopicReader;
import io.posflow.platform.messaging.inbound.InboundDispatcher;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * The live deposit projection (D5): a consumer of its own on settlement.transactions.v1 that folds each poll's
 * records with {@link VolumeFold} and commits the projection, its dedup records, the Deposit's events it caused
 * and the offsets it read up to in ONE database transaction. On (re)assignment it seeks to the offsets stored
 * there, so a record is folded exactly once whatever happens to the process, the broker or the group; Kafka's
 * own committed offsets are written afterwards for lag dashboards only.
 *
 * <p>Unreadable records go to {@code settlement.transactions.v1.dlt} at once (before the transaction that moves
 * past them, so none is lost; a retry may dead-letter one twice). A poll that fails is retried from the stored
 * offsets with back-off; after {@link #BATCH_ATTEMPTS} failures its records are retried one by one, and one that
 * still fails goes to the DLT so it never blocks its partition (architecture §4).
 */
@Component
public class DepositProjection implements SmartLifecycle {

    static final String GROUP = "posflow.deposit.projection";
    static final int BATCH_ATTEMPTS = 5;
    static final int RECORD_ATTEMPTS = 3;
    private static final int PARALLEL_PARSE_FROM = 256;
    private static final Logger log = LoggerFactory.getLogger(DepositProjection.class);
    private static final Duration RELEASE_INTERVAL = Duration.ofSeconds(1);

    private final BusinessDay businessDay;
    private final ConsumerFactory<String, byte[]> consumers;
    private final TransactionTemplate transactions;
    private final TopicReader reader;
    private final ProjectionOffsets offsets;
    private final LiveEffects effects;
    private final VolumeStore store;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final ObjectProvider<InboundDispatcher> dispatcher;
    private final EventStore eventStore;
    private final MeterRegistry meters;
    private final Timer batches;
    /** Shared while a poll is folded; a rebuild takes it exclusively to compare against a projection standing still. */
    private final ReentrantReadWriteLock folding = new ReentrantReadWriteLock();
    private final int consumerCount;
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private volatile boolean running;

    DepositProjection(ConsumerFactory<String, byte[]> posflowConsumerFactory, PlatformTransactionManager transactions,
                      IntegrationEventCodec codec, ProjectionSchema schema, JdbcTemplate jdbc,
                      LiveEffects effects, DeadLetterPublishingRecoverer posflowDeadLetterRecoverer,
                      ObjectProvider<InboundDispatcher> dispatcher, EventStore eventStore, MeterRegistry meters,
                      BusinessDay businessDay, @Value("${posflow.deposit.projection.consumers:1}") int consumerCount) {
        this.businessDay = businessDay;
        if (consumerCount < 1) {
            throw new IllegalArgumentException("posflow.deposit.projection.consumers must be at least 1");
        }
        this.consumerCount = consumerCount;
        this.consumers = posflowConsumerFactory;
        this.transactions = new TransactionTemplate(transactions);
        this.reader = new TopicReader(Topics.SETTLEMENT_TRANSACTIONS, codec);
        this.offsets = new ProjectionOffsets(jdbc);
        this.effects = effects;
        this.store = new VolumeStore(jdbc, ProjectionTables.LIVE);
        this.deadLetters = posflowDeadLetterRecoverer;
        this.dispatcher = dispatcher;
        this.eventStore = eventStore;
        this.meters = meters;
        this.batches = Timer.builder("posflow.deposit.projection.batch")
                .description("One poll of settlement.transactions.v1 folded and committed")
                .publishPercentileHistogram().register(meters);
        meters.gauge("posflow.deposit.projection.waiting", store, VolumeStore::waitingCount);
    }

    @Override
    public void start() {
        running = true;
        for (int i = 0; i < consumerCount; i++) {
            Worker worker = new Worker();
            Thread t = new Thread(worker, "deposit-projection-" + i);
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

    /** Runs {@code work} while the live projection stands still between two polls. */
    <T> T whilePaused(Supplier<T> work) {
        folding.writeLock().lock();
        try {
            return work.get();
        } finally {
            folding.writeLock().unlock();
        }
    }

    /**
     * The Deposit events a poll caused were appended by commands that joined the poll's transaction, so Axon's
     * event store woke its tracking readers (the publisher among them) when the command's unit of work ended —
     * before the transaction committed — and they found nothing new; left alone they would look again only
     * after its fetch delay (a second). Publishing nothing, outside any unit of work, wakes them now that the
     * events are committed: DepositRefundTriggered reaches the topic in milliseconds.
     */
    private void wakeEventStore() {
        eventStore.publish(List.of());
    }

    /** Releases what waits, now (the caller holds the projection still and runs a transaction). */
    void releaseWaitingNow() {
        workers.forEach(worker -> worker.fold().releaseWaiting());
    }

    /**
     * One consumer of the group and its state: the partitions it owns with the offset each stands at, and its
     * fold. Several workers split the partitions as any consumers of a group do (the fenced offsets and the
     * relative updates are what makes that safe, as between instances).
     */
    private final class Worker implements Runnable {

        /** The stored offset of each partition this consumer owns: what the next advance expects to move from. */
        private final Map<Integer, Long> owned = new HashMap<>();
        private volatile Thread thread;
        private volatile Consumer<String, byte[]> consumer;
        private VolumeFold fold;
        private long nextRelease;

        void wakeup() {
            Consumer<String, byte[]> c = consumer;
            if (c != null) {
                c.wakeup();
            }
        }

        @Override
        public void run() {
            Properties overrides = new Properties();
            overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "5000");
            overrides.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(4 * 1024 * 1024));
            overrides.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(32 * 1024 * 1024));
            try (Consumer<String, byte[]> c = consumers.createConsumer(GROUP, "deposit-projection", null, overrides)) {
                consumer = c;
                c.subscribe(List.of(reader.topicName()), new Rebalance(c));
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
            }
        }

        private void pollOnce(Consumer<String, byte[]> c) {
            ConsumerRecords<String, byte[]> records = c.poll(Duration.ofMillis(200));
            folding.readLock().lock();
            try {
                if (!records.isEmpty()) {
                    handle(c, records);
                }
                releaseWaitingWhenDue();
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
                    List<VolumeFold.Item> items = readAll(all);
                    commit(items, all);
                    sample.stop(batches);
                    commitToKafka(c);
                    return;
                } catch (RuntimeException e) {
                    recover(c, e, attempt);
                    if (attempt >= BATCH_ATTEMPTS) {
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
        private List<VolumeFold.Item> readAll(List<ConsumerRecord<String, byte[]>> records) {
            // Records folded before are skipped: a seek back after a failure re-reads them.
            List<ConsumerRecord<String, byte[]>> unread = records.stream()
                    .filter(r -> !owned.containsKey(r.partition()) || r.offset() >= owned.get(r.partition()))
                    .toList();
            // Parsing and schema validation are a third of the work: spread over the cores, in record order.
            List<Object> parsed = (unread.size() < PARALLEL_PARSE_FROM ? unread.stream() : unread.parallelStream())
                    .map(this::parse).toList();
            List<VolumeFold.Item> items = new ArrayList<>(parsed.size());
            for (int i = 0; i < parsed.size(); i++) {
                if (parsed.get(i) instanceof UnreadableMessageException unreadable) {
                    deadLetters.accept(unread.get(i), unreadable);
                } else {
                    items.add((VolumeFold.Item) parsed.get(i));
                }
            }
            return items;
        }

        /** The record as an item to fold, or why it cannot be read. */
        private Object parse(ConsumerRecord<String, byte[]> record) {
            try {
                return new VolumeFold.Item(record.partition(), reader.read(record));
            } catch (UnreadableMessageException e) {
                return e;
            }
        }

        /** Folds and moves the offsets past {@code records}, in one transaction. */
        private void commit(List<VolumeFold.Item> items, List<ConsumerRecord<String, byte[]>> records) {
            Map<Integer, Long> next = new HashMap<>();
            records.forEach(r -> next.merge(r.partition(), r.offset() + 1, Math::max));
            transactions.executeWithoutResult(status -> {
                fold().apply(items);
                next.forEach((partition, offset) -> offsets.advance(partition, owned.get(partition), offset));
            });
            owned.putAll(next);
            wakeEventStore();
            InboundDispatcher inbox = dispatcher.getIfAvailable();
            if (inbox != null) {
                items.stream().filter(item -> item.event() instanceof DepositCollected)
                        .map(item -> ((DepositCollected) item.event()).serialNumber())
                        .forEach(serial -> inbox.referenceArrived(DepositReferences.depositOf(serial)));
            }
        }

        /** After {@link #BATCH_ATTEMPTS} failures: each record on its own, a failing one dead-lettered. */
        private void oneByOne(Consumer<String, byte[]> c, List<ConsumerRecord<String, byte[]>> records) {
            for (ConsumerRecord<String, byte[]> record : records) {
                for (int attempt = 1; running; attempt++) {
                    try {
                        commit(readAll(List.of(record)), List.of(record));
                        break;
                    } catch (RuntimeException e) {
                        recover(c, e, attempt);
                        if (attempt >= RECORD_ATTEMPTS) {
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
            log.warn("Folding settlement.transactions.v1 failed (attempt {}): {}", attempt, e.toString());
            meters.counter("posflow.deposit.projection.failures").increment();
            fold = null;
            Collection<TopicPartition> assigned = c.assignment();
            owned.clear();
            seekToStored(c, assigned);
        }

        private void releaseWaitingWhenDue() {
            long now = System.nanoTime();
            if (now < nextRelease) {
                return;
            }
            nextRelease = now + RELEASE_INTERVAL.toNanos();
            if (fold != null && !fold.hasWaiting()) {
                return;
            }
            try {
                transactions.executeWithoutResult(status -> fold().releaseWaiting());
            } catch (RuntimeException e) {
                log.warn("Releasing waiting settlements failed: {}", e.toString());
                fold = null;
            }
        }

        private VolumeFold fold() {
            if (fold == null) {
                fold = new VolumeFold(store, effects, effects.closedThroughByPartition(), store.waitingSerials(),
                        businessDay);
            }
            return fold;
        }

        private void commitToKafka(Consumer<String, byte[]> c) {
            Map<TopicPartition, OffsetAndMetadata> positions = new HashMap<>();
            owned.forEach((p, o) -> positions.put(new TopicPartition(reader.topicName(), p), new OffsetAndMetadata(o)));
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
            Map<Integer, Long> stored = transactions.execute(status ->
                    offsets.load(partitions.stream().map(TopicPartition::partition).toList()));
            List<TopicPartition> fromStart = new ArrayList<>();
            for (TopicPartition tp : partitions) {
                Long offset = stored.get(tp.partition());
                if (offset == null) {
                    fromStart.add(tp);
                    owned.remove(tp.partition());
                } else {
                    c.seek(tp, offset);
                    owned.put(tp.partition(), offset);
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
                partitions.forEach(tp -> owned.remove(tp.partition()));
                fold = null;
            }

            @Override
            public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                fold = null;
                seekToStored(c, partitions);
            }
        }
    }
}
