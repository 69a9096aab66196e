package io.posflow.deposit.readmodel.state;

import io.posflow.contracts.topics.Topics;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * Which business dates settlement has closed, as seen on every partition of settlement.transactions.v1
 * (partition count from the contracts' topic catalogue), kept in the database so it survives restarts.
 */
@Component
public class SettlementDayWatermark {

    private final SettlementDayRepository days;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int partitions;

    SettlementDayWatermark(SettlementDayRepository days, JdbcTemplate jdbc, Clock clock) {
        this.days = days;
        this.jdbc = jdbc;
        this.clock = clock;
        this.partitions = Topics.SETTLEMENT_TRANSACTIONS.partitions();
    }

    /**
     * Records SettlementDayClosed({@code businessDate}) seen on {@code partition}; true when this completed
     * the date. Runs in the caller's transaction, holding the date's row lock until it commits. Two first
     * sightings of a date racing to create its row make one of them fail and be retried by the pipeline.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean closedOn(int partition, LocalDate businessDate) {
        SettlementDay day = days.lockByBusinessDate(businessDate)
                .orElseGet(() -> days.saveAndFlush(new SettlementDay(businessDate)));
        return day.seenOn(partition, partitions, clock.instant());
    }

    /**
     * Per partition, the latest business date whose closure was seen there: a settlement read after it on
     * that partition comes from a later run (D4).
     */
    public Map<Integer, LocalDate> closedThroughByPartition() {
        Map<Integer, LocalDate> closed = new HashMap<>();
        jdbc.query("SELECT partition_no, MAX(business_date) FROM settlement_day_partition GROUP BY partition_no",
                rs -> {
                    closed.put(rs.getInt(1), rs.getObject(2, LocalDate.class));
                });
        return closed;
    }

    public boolean isClosed(LocalDate businessDate) {
        return days.findById(businessDate).map(SettlementDay::isClosed).orElse(false);
    }
}
