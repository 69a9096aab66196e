package io.posflow.deposit.readmodel.state.volume;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.UnreadableMessageException;
import io.posflow.platform.projection.TopicProjection;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Rebuilds the deposit projection (D5, ops): replays settlement.transactions.v1 from its first offset into
 * fresh tables with the same fold, and reports how the result differs from the live projection. The replay
 * runs up to where the live projection stood when it started; then the live one is held between two polls
 * while the replay catches up with it and the two are compared, so both have folded exactly the same records.
 * The live projection is left as it is: the report is for ops to act on.
 */
@Component
public class ProjectionRebuild {

    private static final Duration POLL = Duration.ofMillis(500);

    private final BusinessDay businessDay;
    private final ConsumerFactory<String, byte[]> consumers;
    private final TransactionTemplate transactions;
    private final JdbcTemplate jdbc;
    private final ProjectionSchema schema;
    private final TopicProjection<VolumeFold.Item> live;
    private final String topic;
    private final Clock clock;

    ProjectionRebuild(ConsumerFactory<String, byte[]> posflowConsumerFactory, PlatformTransactionManager transactions,
                      JdbcTemplate jdbc, ProjectionSchema schema, TopicProjection<VolumeFold.Item> live,
                      Clock clock, BusinessDay businessDay) {
        this.businessDay = businessDay;
        this.consumers = posflowConsumerFactory;
        this.transactions = new TransactionTemplate(transactions);
        this.jdbc = jdbc;
        this.schema = schema;
        this.live = live;
        this.topic = Topics.SETTLEMENT_TRANSACTIONS.name();
        this.clock = clock;
    }

    public synchronized RebuildReport rebuild() {
        schema.recreate(ProjectionTables.REBUILD);
        VolumeFold fold = new VolumeFold(new VolumeStore(jdbc, ProjectionTables.REBUILD), new ReplayEffects(),
                Map.of(), Set.of(), businessDay);
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "2000");
        try (Consumer<String, byte[]> consumer = consumers.createConsumer("posflow.deposit.projection.rebuild",
                "deposit-projection-rebuild", null, overrides)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < Topics.SETTLEMENT_TRANSACTIONS.partitions(); p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long[] replayed = {replay(consumer, fold, liveOffsets())};
            return live.whilePaused(() -> {
                Map<Integer, Long> upTo = new TreeMap<>(liveOffsets());
                replayed[0] += replay(consumer, fold, upTo);
                transactions.executeWithoutResult(status -> {
                    live.applyDeferredNow();
                    fold.releaseWaiting();
                });
                return compare(upTo, replayed[0]);
            });
        }
    }

    /** The next offset of each partition of the topic, as the live projection committed it with its tables. */
    private Map<Integer, Long> liveOffsets() {
        Map<Integer, Long> offsets = new HashMap<>();
        live.storedOffsets().forEach((tp, offset) -> {
            if (tp.topic().equals(topic)) {
                offsets.put(tp.partition(), offset);
            }
        });
        return offsets;
    }

    /** Folds every record before {@code upTo} (per partition) not folded yet; returns how many it read. */
    private long replay(Consumer<String, byte[]> consumer, VolumeFold fold, Map<Integer, Long> upTo) {
        long read = 0;
        consumer.resume(consumer.assignment());
        while (!reached(consumer, upTo)) {
            List<VolumeFold.Item> items = new ArrayList<>();
            for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                long end = upTo.getOrDefault(record.partition(), 0L);
                if (record.offset() >= end) {
                    TopicPartition tp = new TopicPartition(record.topic(), record.partition());
                    consumer.seek(tp, end);
                    consumer.pause(List.of(tp));
                    continue;
                }
                read++;
                try {
                    items.add(live.fold().parse(record));
                } catch (UnreadableMessageException unreadable) {
                    // the live projection dead-lettered it
                }
            }
            transactions.executeWithoutResult(status -> fold.apply(items));
        }
        return read;
    }

    private static boolean reached(Consumer<String, byte[]> consumer, Map<Integer, Long> upTo) {
        for (TopicPartition tp : consumer.assignment()) {
            if (consumer.position(tp) < upTo.getOrDefault(tp.partition(), 0L)) {
                return false;
            }
        }
        return true;
    }

    private RebuildReport compare(Map<Integer, Long> upTo, long replayed) {
        Map<String, List<String>> liveRows = rows(ProjectionTables.LIVE);
        Map<String, List<String>> rebuiltRows = rows(ProjectionTables.REBUILD);
        Set<String> deposits = new TreeSet<>(liveRows.keySet());
        deposits.addAll(rebuiltRows.keySet());
        List<RebuildReport.Difference> differences = new ArrayList<>();
        int count = 0;
        for (String key : deposits) {
            List<String> a = liveRows.get(key);
            List<String> b = rebuiltRows.get(key);
            if (Objects.equals(a, b)) {
                continue;
            }
            count++;
            if (differences.size() < RebuildReport.MAX_LISTED) {
                String[] parts = key.split("\\|", 2);
                differences.add(new RebuildReport.Difference(parts[0], parts[1], a == null ? null : a.toString(),
                        b == null ? null : b.toString()));
            }
        }
        Set<String> depositIds = new HashSet<>();
        deposits.forEach(k -> depositIds.add(k.split("\\|", 2)[0]));
        return new RebuildReport(clock.instant(), upTo, replayed, depositIds.size(), count == 0, count, differences);
    }

    /** Every value the two copies must agree on, keyed "deposit|field" (the field: volume, or a day's bucket). */
    private Map<String, List<String>> rows(ProjectionTables tables) {
        Map<String, List<String>> rows = new HashMap<>();
        jdbc.query("SELECT deposit_id, volume_fen, transaction_count, window_closed FROM " + tables.volume(), rs -> {
            rows.put(rs.getString(1) + "|volume",
                    List.of(rs.getString(2), rs.getString(3), "windowClosed=" + rs.getBoolean(4)));
        });
        new VolumeStore(jdbc, tables).days(null, (id, date, volumeFen, count) ->
                rows.put(id + "|day " + date, List.of(String.valueOf(volumeFen), String.valueOf(count))));
        jdbc.query("SELECT serial_number, COUNT(*) FROM " + tables.waiting() + " GROUP BY serial_number", rs -> {
            rows.put(rs.getString(1) + "|waiting", List.of(rs.getString(2)));
        });
        return rows;
    }


    /**
     * A replay changes nothing outside its tables. Deposits exist already (the live projection opened them),
     * and settlement's closures are tracked in memory, partition by partition, as the replay reads them.
     */
    private static final class ReplayEffects implements VolumeFold.Effects {

        private final Map<LocalDate, Set<Integer>> closures = new HashMap<>();

        @Override
        public void depositCollected(DepositCollected collected) {
        }

        @Override
        public boolean dayClosed(int partition, LocalDate businessDate) {
            Set<Integer> seen = closures.computeIfAbsent(businessDate, d -> new HashSet<>());
            return seen.add(partition) && seen.size() == Topics.SETTLEMENT_TRANSACTIONS.partitions();
        }

        @Override
        public void windowsClosed(LocalDate businessDate, List<String> depositIds) {
        }

        @Override
        public void targetReached(String depositId, long qualifyingVolumeFen) {
        }

        @Override
        public void counted(VolumeFold.Outcome outcome) {
        }
    }
}
