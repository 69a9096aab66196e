package io.posflow.deposit.readmodel.state.volume;

import io.posflow.contracts.BusinessDay;
import io.posflow.deposit.domain.deposit.DepositOpened;
import io.posflow.deposit.domain.deposit.DepositWindow;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Records the terms every Deposit opened with, for the projection to fold by (D1, D2). A subscribing
 * processor: the row is written in the transaction that opens the Deposit, which the projection's own
 * transaction joins, so the settlements read right after the DepositCollected find it.
 */
@Component
@ProcessingGroup(DepositTermsProjection.PROCESSING_GROUP)
public class DepositTermsProjection {

    public static final String PROCESSING_GROUP = "deposit-terms";

    private final JdbcTemplate jdbc;
    private final BusinessDay businessDay;

    DepositTermsProjection(JdbcTemplate jdbc, ProjectionSchema schema, BusinessDay businessDay) {
        this.jdbc = jdbc;
        this.businessDay = businessDay;
    }

    @EventHandler
    void on(DepositOpened event) {
        Integer known = jdbc.queryForObject("SELECT COUNT(*) FROM deposit_terms WHERE deposit_id = ?", Integer.class,
                event.serialNumber());
        if (known != null && known > 0) {
            return;
        }
        DepositWindow window = new DepositWindow(event.windowStart(), event.windowEnd());
        jdbc.update("INSERT INTO deposit_terms (deposit_id, deposit_transaction_id, window_start, window_end, "
                        + "window_end_date, target_fen, qualifying) VALUES (?, ?, ?, ?, ?, ?, ?)",
                event.serialNumber(), event.depositTransactionId(), VolumeStore.nanos(window.start()),
                VolumeStore.nanos(window.end()), window.endBusinessDate(businessDay), event.targetFen(),
                event.qualifyingOrDefault().name());
    }
}
