package io.posflow.settlement.readmodel.view;

import io.posflow.settlement.domain.payout.PayoutCompleted;
import io.posflow.settlement.domain.payout.PayoutFailed;
import io.posflow.settlement.domain.payout.PayoutRequested;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** The payouts on the merchant's statement; part of the statements read model. */
@Component
@ProcessingGroup(StatementProjection.PROCESSING_GROUP)
public class PayoutStatementProjection {

    private final PayoutLineRepository payouts;

    public PayoutStatementProjection(PayoutLineRepository payouts) {
        this.payouts = payouts;
    }

    @EventHandler
    void on(PayoutRequested event, @SequenceNumber long sequence) {
        PayoutLine line = lineFor(event.payoutId().value());
        if (line.hasApplied(sequence)) {
            return;
        }
        line.requested(event.merchantNo().value(), event.purpose(),
                event.serialNumber() == null ? null : event.serialNumber().value(), event.amount().fen(),
                event.requestedAt(), sequence);
        payouts.save(line);
    }

    @EventHandler
    void on(PayoutFailed event, @SequenceNumber long sequence) {
        PayoutLine line = lineFor(event.payoutId().value());
        if (line.hasApplied(sequence)) {
            return;
        }
        line.failed(event.attempt(), event.settlementDate(), event.failedAt(), sequence);
        payouts.save(line);
    }

    @EventHandler
    void on(PayoutCompleted event, @SequenceNumber long sequence) {
        PayoutLine line = lineFor(event.payoutId().value());
        if (line.hasApplied(sequence)) {
            return;
        }
        line.completed(event.settlementDate(), event.completedAt(), sequence);
        payouts.save(line);
    }

    private PayoutLine lineFor(String payoutId) {
        return payouts.findById(payoutId).orElseGet(() -> new PayoutLine(payoutId));
    }
}
