package io.posflow.deposit.projection;

import io.posflow.contracts.topics.Topics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.util.List;

/** Where the live projection stands: the offsets it committed with its tables, and what it holds. */
@Component
public class DepositProjectionStatus {

    private final JdbcTemplate jdbc;
    private final ProjectionOffsets offsets;
    private final VolumeStore store;

    DepositProjectionStatus(JdbcTemplate jdbc, ProjectionSchema schema) {
        this.jdbc = jdbc;
        this.offsets = new ProjectionOffsets(jdbc);
        this.store = new VolumeStore(jdbc, ProjectionTables.LIVE);
    }

    public Progress progress() {
        List<PartitionOffset> partitions = offsets.all().entrySet().stream()
                .sorted(java.util.Map.Entry.comparingByKey())
                .map(e -> new PartitionOffset(e.getKey(), e.getValue())).toList();
        Long deposits = jdbc.queryForObject("SELECT COUNT(*) FROM deposit_volume", Long.class);
        return new Progress(Topics.SETTLEMENT_TRANSACTIONS.name(), partitions, deposits == null ? 0 : deposits,
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
