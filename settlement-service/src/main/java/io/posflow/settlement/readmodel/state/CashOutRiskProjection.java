package io.posflow.settlement.readmodel.state;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.settlement.domain.merchant.OwnCardNoted;
import io.posflow.settlement.domain.transaction.CashOutHoldRejected;
import io.posflow.settlement.domain.transaction.CashOutHoldReleased;
import io.posflow.settlement.domain.transaction.CashOutRiskFlagged;
import io.posflow.settlement.domain.transaction.SaleVoided;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

import java.time.Instant;

/**
 * S7: the merchants' own cards (the deposit swipe's and the settlement card) that make a later SALE a possible self-swipe, and the holds
 * ops review. Subscribing (see ProcessingConfig): a sale handled right after the deposit swipe on the same
 * partition must find its card, and a hold is listed the moment it is flagged. Flags are counted here, once
 * each, as the event is first applied ({@code posflow.settlement.cash.out.risk.flagged}, by reason).
 */
@Component
@ProcessingGroup(CashOutRiskProjection.PROCESSING_GROUP)
public class CashOutRiskProjection {

    public static final String PROCESSING_GROUP = "cash-out-risk";

    private final RiskCardRepository cards;
    private final RiskHoldRepository holds;
    private final MeterRegistry meters;

    public CashOutRiskProjection(RiskCardRepository cards, RiskHoldRepository holds, MeterRegistry meters) {
        this.cards = cards;
        this.holds = holds;
        this.meters = meters;
    }

    @EventHandler
    void on(OwnCardNoted event) {
        if (!cards.existsById(RiskCard.idOf(event.merchantNo().value(), event.cardFingerprint(), event.use()))) {
            cards.save(new RiskCard(event.merchantNo().value(), event.cardFingerprint(), event.use()));
        }
    }

    @EventHandler
    void on(CashOutRiskFlagged event) {
        if (holds.existsById(event.transactionId().value())) {
            return;
        }
        holds.save(new RiskHold(event.transactionId().value(), event.serialNumber().value(),
                event.merchantNo().value(), event.amount().fen(), event.reason(), event.businessDate(),
                event.flaggedAt()));
        Counter.builder("posflow.settlement.cash.out.risk.flagged")
                .description("Sales held as possible self-swipes for ops review (S7)")
                .tag("reason", event.reason().name())
                .register(meters).increment();
    }

    @EventHandler
    void on(CashOutHoldReleased event) {
        decide(event.transactionId().value(), RiskHold.Status.RELEASED, event.releasedAt());
    }

    @EventHandler
    void on(CashOutHoldRejected event) {
        decide(event.transactionId().value(), RiskHold.Status.REJECTED, event.rejectedAt());
    }

    @EventHandler
    void on(SaleVoided event) {
        holds.findById(event.transactionId().value()).filter(h -> h.status() == RiskHold.Status.OPEN)
                .ifPresent(h -> {
                    h.decided(RiskHold.Status.VOIDED, event.voidedAt());
                    holds.save(h);
                });
    }

    private void decide(String transactionId, RiskHold.Status status, Instant at) {
        holds.findById(transactionId).ifPresent(h -> {
            h.decided(status, at);
            holds.save(h);
        });
    }
}
