package io.posflow.deposit.projection;

import org.springframework.jdbc.core.JdbcTemplate;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The offsets of settlement.transactions.v1 the live projection has folded, stored with the projection in
 * its database transaction (D5): the projection, its dedup records and the position it read up to commit
 * together or not at all. An advance names the offset it expects to move from, so a consumer that lost its
 * partition to another (a rebalance it had not noticed yet) cannot commit over the new owner: its
 * transaction fails and rolls back.
 */
final class ProjectionOffsets {

    private final JdbcTemplate jdbc;

    ProjectionOffsets(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The next offset to read of each of {@code partitions} that has one stored. */
    Map<Integer, Long> load(Collection<Integer> partitions) {
        Map<Integer, Long> offsets = all();
        offsets.keySet().retainAll(partitions);
        return offsets;
    }

    Map<Integer, Long> all() {
        Map<Integer, Long> offsets = new HashMap<>();
        jdbc.query("SELECT partition_no, next_offset FROM deposit_projection_offset",
                rs -> {
                    offsets.put(rs.getInt(1), rs.getLong(2));
                });
        return offsets;
    }

    /**
     * Moves {@code partition} from {@code expected} (null: none stored yet) to {@code next}, in the caller's
     * transaction; throws when another consumer moved it meanwhile.
     */
    void advance(int partition, Long expected, long next) {
        int moved = expected == null
                ? jdbc.update("INSERT INTO deposit_projection_offset (partition_no, next_offset) VALUES (?, ?)",
                partition, next)
                : jdbc.update("UPDATE deposit_projection_offset SET next_offset = ? WHERE partition_no = ? "
                + "AND next_offset = ?", next, partition, expected);
        if (moved != 1) {
            throw new FencedException(partition, expected);
        }
    }

    /** Another consumer moved the partition's offset: this one no longer owns it. */
    static final class FencedException extends RuntimeException {

        FencedException(int partition, Long expected) {
            super("The projection's offset of partition " + partition + " is no longer " + expected
                    + ": another consumer owns it now");
        }
    }
}
