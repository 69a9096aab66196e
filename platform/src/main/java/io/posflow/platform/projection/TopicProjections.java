package io.posflow.platform.projection;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;

/**
 * Builds {@link TopicProjection}s on the platform's consumer factory, transaction manager and DLT recoverer
 * (auto-configured). A service declares its projection as a bean:
 * <pre>{@code
 * @Bean
 * TopicProjection<Item> volumeProjection(TopicProjections projections, VolumeFold fold) {
 *     return projections.builder("deposit", "settlement.transactions.v1").consumers(1).build(fold);
 * }
 * }</pre>
 * and reads each topic with {@code posflow.platform.messaging.reads-on-its-own}, which gives it its DLT.
 */
public final class TopicProjections {

    private final ConsumerFactory<String, byte[]> consumers;
    private final PlatformTransactionManager transactions;
    private final JdbcTemplate jdbc;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final MeterRegistry meters;

    public TopicProjections(ConsumerFactory<String, byte[]> consumers, PlatformTransactionManager transactions,
                            JdbcTemplate jdbc, DeadLetterPublishingRecoverer deadLetters, MeterRegistry meters) {
        this.consumers = consumers;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.deadLetters = deadLetters;
        this.meters = meters;
    }

    /**
     * A projection named {@code name} (the key of its stored offsets) of {@code topics}; by default its group is
     * {@code posflow.<name>.projection} and its meters are named {@code posflow.<name>.projection.*}.
     */
    public Builder builder(String name, String... topics) {
        return new Builder(name, List.of(topics));
    }

    public final class Builder {

        private final String name;
        private final List<String> topics;
        private String group;
        private String metrics;
        private int consumerCount = 1;
        private int maxPollRecords = 5_000;
        private int batchAttempts = 5;
        private int recordAttempts = 3;
        private int parallelParseFrom = 256;
        private Duration deferredInterval = Duration.ofSeconds(1);

        private Builder(String name, List<String> topics) {
            this.name = name;
            this.topics = topics;
            this.group = "posflow." + name + ".projection";
            this.metrics = "posflow." + name + ".projection";
        }

        public Builder group(String group) {
            this.group = group;
            return this;
        }

        public Builder metrics(String prefix) {
            this.metrics = prefix;
            return this;
        }

        /** Consumers in this process (default 1); they split the partitions as any consumers of a group do. */
        public Builder consumers(int count) {
            this.consumerCount = count;
            return this;
        }

        /** Records one poll, and so one transaction, folds at most (default 5,000). */
        public Builder maxPollRecords(int records) {
            this.maxPollRecords = records;
            return this;
        }

        /** Tries of a whole poll (default 5), then of each record on its own (default 3) before its DLT. */
        public Builder attempts(int batch, int record) {
            this.batchAttempts = batch;
            this.recordAttempts = record;
            return this;
        }

        /** Polls of at least this many records are parsed on several cores (default 256). */
        public Builder parallelParseFrom(int records) {
            this.parallelParseFrom = records;
            return this;
        }

        /** How often the fold's deferred work is looked at (default a second). */
        public Builder deferredInterval(Duration interval) {
            this.deferredInterval = interval;
            return this;
        }

        /** The projection, its offsets table created if absent; it starts with the context. */
        public <T> TopicProjection<T> build(TopicFold<T> fold) {
            TopicProjection.Settings settings = new TopicProjection.Settings(name, topics, group, metrics,
                    consumerCount, maxPollRecords, batchAttempts, recordAttempts, parallelParseFrom,
                    deferredInterval);
            StoredOffsets offsets = new StoredOffsets(jdbc, name);
            offsets.createTableIfAbsent();
            return new TopicProjection<>(settings, fold, consumers, new TransactionTemplate(transactions), offsets,
                    deadLetters, meters);
        }
    }
}
