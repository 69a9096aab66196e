package io.posflow.settlement.adapter.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import io.posflow.settlement.domain.day.SettlementDayClosed;
import io.posflow.settlement.domain.payable.ServiceFeeCharged;
import io.posflow.settlement.domain.payout.PayoutCompleted;
import io.posflow.settlement.domain.payout.PayoutFailed;
import io.posflow.settlement.domain.transaction.CashOutRiskFlagged;
import io.posflow.settlement.domain.transaction.DepositCollected;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/** Settlement's internal events as the published language; events other services need not see map to nothing. */
@Component
class SettlementIntegrationEvents implements IntegrationEventMapper {

    private final IntegrationEventCodec codec;

    SettlementIntegrationEvents(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<OutboundMessage> map(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof DepositCollected collected) {
            return List.of(keyed(Topics.SETTLEMENT_TRANSACTIONS, new io.posflow.contracts.settlement.DepositCollected(
                    collected.transactionId().value(),
                    collected.serialNumber().value(),
                    collected.merchantNo().value(),
                    collected.deviceModel(),
                    collected.deposit().fen(),
                    collected.capturedAt())));
        }
        if (payload instanceof TransactionSettled settled) {
            return List.of(keyed(Topics.SETTLEMENT_TRANSACTIONS, transactionSettled(settled)));
        }
        if (payload instanceof CashOutRiskFlagged flagged) {
            return List.of(keyed(Topics.SETTLEMENT_TRANSACTIONS, new io.posflow.contracts.settlement.CashOutRiskFlagged(
                    flagged.transactionId().value(),
                    flagged.serialNumber().value(),
                    flagged.merchantNo().value(),
                    flagged.amount().fen(),
                    flagged.reason(),
                    flagged.flaggedAt())));
        }
        if (payload instanceof SettlementDayClosed closed) {
            return List.of(toPartition(Topics.SETTLEMENT_TRANSACTIONS, closed.partition(),
                    new io.posflow.contracts.settlement.SettlementDayClosed(closed.businessDate(), closed.closedAt())));
        }
        if (payload instanceof ServiceFeeCharged fee) {
            return List.of(keyed(Topics.SETTLEMENT_TRANSACTIONS, new io.posflow.contracts.settlement.ServiceFeeCharged(
                    fee.serialNumber().value(),
                    fee.merchantNo().value(),
                    fee.fee().fen(),
                    fee.periodStart(),
                    fee.periodEnd(),
                    fee.chargedAt())));
        }
        if (payload instanceof PayoutCompleted completed) {
            return List.of(keyed(Topics.SETTLEMENT_PAYOUTS, new io.posflow.contracts.settlement.PayoutCompleted(
                    completed.payoutId().value(),
                    completed.merchantNo().value(),
                    completed.purpose(),
                    completed.serialNumber() == null ? null : completed.serialNumber().value(),
                    completed.amount().fen(),
                    completed.settlementDate(),
                    completed.completedAt())));
        }
        if (payload instanceof PayoutFailed failed) {
            return List.of(keyed(Topics.SETTLEMENT_PAYOUTS, new io.posflow.contracts.settlement.PayoutFailed(
                    failed.payoutId().value(),
                    failed.merchantNo().value(),
                    failed.purpose(),
                    failed.serialNumber() == null ? null : failed.serialNumber().value(),
                    failed.amount().fen(),
                    failed.settlementDate(),
                    failed.reason(),
                    failed.attempt(),
                    failed.failedAt())));
        }
        return List.of();
    }

    /**
     * The card type is published for CARD transactions only: for a UNIONPAY QR it was the funding card's,
     * which decided the rate, and consumers reading {@code cardType} mean the card that was presented.
     */
    private static io.posflow.contracts.settlement.TransactionSettled transactionSettled(TransactionSettled s) {
        return new io.posflow.contracts.settlement.TransactionSettled(
                s.transactionId().value(),
                s.serialNumber().value(),
                s.merchantNo().value(),
                s.type(),
                s.channel(),
                s.channel() == PaymentChannel.CARD ? s.cardType() : null,
                s.wallet(),
                s.amount().fen(),
                s.mdrFee().fen(),
                s.surcharge().fen(),
                s.net().fen(),
                s.capturedAt(),
                s.businessDate(),
                s.settlementDate(),
                s.speed(),
                s.originalTransactionId() == null ? null : s.originalTransactionId().value());
    }

    private OutboundMessage keyed(TopicDefinition topic, IntegrationEvent event) {
        return OutboundMessage.keyed(topic.name(), event.key(), EventCatalogue.of(event).ceType(), codec.write(event));
    }

    /**
     * A record written to an explicit partition, keyed by the event's key: SettlementDayClosed is stored once
     * per partition of its topic, so that every consumer of every partition sees it (architecture §4).
     */
    private OutboundMessage toPartition(TopicDefinition topic, int partition, IntegrationEvent event) {
        if (partition < 0 || partition >= topic.partitions()) {
            throw new IllegalArgumentException(topic.name() + " has no partition " + partition);
        }
        return new OutboundMessage(topic.name(), event.key(), partition, EventCatalogue.of(event).ceType(),
                codec.write(event));
    }
}
