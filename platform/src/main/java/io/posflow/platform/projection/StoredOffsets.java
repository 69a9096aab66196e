package io.posflow.platform.projection;

import org.apache.kafka.common.TopicPartition;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The offsets a projection has folded, stored with its state in its database transaction (architecture §4): the
 * state and the position it read up to commit together or not at all. One table for every projection of a
 * service, keyed by projection, topic and partition. An advance names the offset it expects to move from, so a
 * consumer that lost its partition to another (a rebalance it had not noticed yet) cannot commit over the new
 * owner: its transaction fails and rolls back.
 */
final class StoredOffsets {

    /** Plain SQL that H2 and PostgreSQL both understand; a service may create it in a migration of its own. */
    static final String TABLE = "topic_projection_offset";

    private final JdbcTemplate jdbc;
    private final String projection;

    StoredOffsets(JdbcTemplate jdbc, String projection) {
        this.jdbc = jdbc;
        this.projection = projection;
    }

    void createTableIfAbsent() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + TABLE + " (projection_name VARCHAR(100) NOT NULL, "
                + "topic VARCHAR(249) NOT NULL, partition_no INT NOT NULL, next_offset BIGINT NOT NULL, "
                + "PRIMARY KEY (projection_name, topic, partition_no))");
    }

    /** The next offset to read of each of {@code partitions} that has one stored. */
    Map<TopicPartition, Long> load(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> offsets = all();
        offsets.keySet().retainAll(partitions);
        return offsets;
    }

    /** The next offset to read of every partition the projection has folded from. */
    Map<TopicPartition, Long> all() {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        jdbc.query("SELECT topic, partition_no, next_offset FROM " + TABLE + " WHERE projection_name = ?",
                rs -> {
                    offsets.put(new TopicPartition(rs.getString(1), rs.getInt(2)), rs.getLong(3));
                }, projection);
        return offsets;
    }

    /**
     * Moves {@code partition} from {@code expected} (null: none stored yet) to {@code next}, in the caller's
     * transaction; throws when another consumer moved it meanwhile.
     */
    void advance(TopicPartition partition, Long expected, long next) {
        int moved = expected == null
                ? jdbc.update("INSERT INTO " + TABLE + " (projection_name, topic, partition_no, next_offset) "
                + "VALUES (?, ?, ?, ?)", projection, partition.topic(), partition.partition(), next)
                : jdbc.update("UPDATE " + TABLE + " SET next_offset = ? WHERE projection_name = ? AND topic = ? "
                + "AND partition_no = ? AND next_offset = ?", next, projection, partition.topic(),
                partition.partition(), expected);
        if (moved != 1) {
            throw new FencedException(partition, expected);
        }
    }

    /** Another consumer moved the partition's offset: this one no longer owns it. */
    static final class FencedException extends RuntimeException {

        FencedException(TopicPartition partition, Long expected) {
            super("The projection's offset of " + partition + " is no longer " + expected
                    + ": another consumer owns it now");
        }
    }
}
