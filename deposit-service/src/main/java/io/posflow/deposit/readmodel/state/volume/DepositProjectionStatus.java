package io.posflow.deposit.readmodel.state.volume;

import io.posflow.contracts.topics.Topics;
import io.posflow.platform.projection.TopicProjection;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Where the live projection stands: the offsets it committed with its tables, and what it holds. */
@Component
public class DepositProjectionStatus {

    private final JdbcTemplate jdbc;
    private final TopicProjection<?> live;
    private final VolumeStore store;

    DepositProjectionStatus(JdbcTemplate jdbc, ProjectionSchema schema, TopicProjection<?> live) {
        this.jdbc = jdbc;
        this.live = live;
        this.store = new VolumeStore(jdbc, ProjectionTables.LIVE);
    }

    public Progress progress() {
        String topic = Topics.SETTLEMENT_TRANSACTIONS.name();
        List<PartitionOffset> partitions = live.storedOffsets().entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic))
                .map(e -> new PartitionOffset(e.getKey().partition(), e.getValue()))
                .sorted(Comparator.comparingInt(PartitionOffset::partition)).toList();
        Long deposits = jdbc.queryForObject("SELECT COUNT(*) FROM deposit_volume", Long.class);
        return new Progress(topic, partitions, deposits == null ? 0 : deposits,
                store.waitingCount());
    }

    /**
     * @param partitions the next offset to read per partition, committed with the projection
     * @param parked     settlements waiting for their terminal's deposit to become known
     */
    public record Progress(String topic, List<PartitionOffset> partitions, long deposits, long parked) {
    }

    public record PartitionOffset(int partition, long nextOffset) {
    }
}
