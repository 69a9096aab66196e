package io.posflow.deposit.readmodel.state.volume;

import io.posflow.contracts.BusinessDay;
import io.posflow.deposit.readmodel.state.SettlementDayWatermark;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The live volume projection's tables (D5): a consumer of settlement.transactions.v1 folds into them with a
 * {@link VolumeFold} it opens here, from where the database stands — the closures settlement reported per
 * partition and the serials whose settlements wait for their deposit.
 */
@Component
public class VolumeProjection {

    private final VolumeStore store;
    private final SettlementDayWatermark watermark;
    private final BusinessDay businessDay;

    VolumeProjection(JdbcTemplate jdbc, ProjectionSchema schema, SettlementDayWatermark watermark,
                     BusinessDay businessDay) {
        this.store = new VolumeStore(jdbc, ProjectionTables.LIVE);
        this.watermark = watermark;
        this.businessDay = businessDay;
    }

    /** A fold over the live tables whose {@code effects} drive the Deposit (in the caller's transaction). */
    public VolumeFold open(VolumeFold.Effects effects) {
        return new VolumeFold(store, effects, watermark.closedThroughByPartition(), store.waitingSerials(),
                businessDay);
    }

    /** Settlements waiting for their terminal's deposit to become known. */
    public long waitingCount() {
        return store.waitingCount();
    }
}
