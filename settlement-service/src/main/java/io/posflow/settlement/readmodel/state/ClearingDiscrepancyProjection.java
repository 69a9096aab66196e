package io.posflow.settlement.readmodel.state;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.clearing.ClearingDiscrepancyFound;
import io.posflow.settlement.domain.clearing.ClearingHoldReleased;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * S8's discrepancies for ops and for the run: the run skips what is HELD here. Subscribing (see
 * ClearingProcessingConfig), so a run sees the holds its own reconciliation placed; never replayed, so the
 * counter counts each discrepancy once.
 */
@Component
@ProcessingGroup(ClearingDiscrepancyProjection.PROCESSING_GROUP)
public class ClearingDiscrepancyProjection {

    public static final String PROCESSING_GROUP = "clearing-discrepancies";

    private final ClearingDiscrepancyRepository discrepancies;
    private final MeterRegistry meters;

    public ClearingDiscrepancyProjection(ClearingDiscrepancyRepository discrepancies, MeterRegistry meters) {
        this.discrepancies = discrepancies;
        this.meters = meters;
    }

    @EventHandler
    void on(ClearingDiscrepancyFound event) {
        discrepancies.save(new ClearingDiscrepancyLine(event.businessDate(), event.transactionId(), event.kind(),
                fen(event.capturedAmount()), fen(event.clearedAmount()), event.holds(), event.foundAt()));
        Counter.builder("posflow.settlement.clearing.discrepancies")
                .description("Captures and clearing-file lines that did not match (S8)")
                .tag("kind", event.kind().name()).register(meters).increment();
    }

    @EventHandler
    void on(ClearingHoldReleased event) {
        for (ClearingDiscrepancyLine line : discrepancies.findByTransactionId(event.transactionId())) {
            if (line.businessDate().equals(event.businessDate())) {
                line.released(event.releasedAt());
                discrepancies.save(line);
            }
        }
    }

    private static Long fen(Money money) {
        return money == null ? null : money.fen();
    }
}
