package io.posflow.settlement.readmodel.state;

import io.posflow.settlement.domain.day.SettlementDayClosed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The closed business dates. Subscribing (see ProcessingConfig): written in the transaction that closes the
 * date, so the next run starts exactly after the last closed one.
 */
@Component
@ProcessingGroup(SettlementDayProjection.PROCESSING_GROUP)
public class SettlementDayProjection {

    public static final String PROCESSING_GROUP = "settlement-days";

    private final ClosedSettlementDayRepository days;

    public SettlementDayProjection(ClosedSettlementDayRepository days) {
        this.days = days;
    }

    @EventHandler
    void on(SettlementDayClosed event) {
        if (!days.existsById(event.businessDate())) {
            days.save(new ClosedSettlementDay(event.businessDate(), event.closedAt()));
        }
    }
}
