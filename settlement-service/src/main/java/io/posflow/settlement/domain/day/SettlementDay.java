package io.posflow.settlement.domain.day;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One business date in settlement (S2). It exists once the date is closed; closing is final, so each
 * date's SettlementDayClosed is published exactly once (up to the pipeline's at-least-once redelivery).
 */
@Aggregate
public class SettlementDay {

    @AggregateIdentifier
    private SettlementDayId day;
    private boolean closed;

    protected SettlementDay() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(CloseSettlementDay command) {
        if (closed) {
            throw new SettlementDayAlreadyClosedException(command.day());
        }
        for (int partition = 0; partition < command.partitions(); partition++) {
            apply(new SettlementDayClosed(command.day().businessDate(), command.closedAt(), partition));
        }
    }

    @EventSourcingHandler
    void on(SettlementDayClosed event) {
        this.day = new SettlementDayId(event.businessDate());
        this.closed = true;
    }
}
