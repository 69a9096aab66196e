package io.posflow.terminal.adapter.messaging.inbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import io.posflow.terminal.readmodel.state.SettledSale;
import io.posflow.terminal.readmodel.state.SettledSaleRepository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Set;

/**
 * settlement.transactions.v1: a settled SALE may be refunded from now on and no longer voided (T5), so it is
 * remembered in {@link SettledSale}. The pipeline drops a redelivered message; a settlement seen again under
 * another message id finds its row and changes nothing. DepositCollected, SettlementDayClosed, settled REFUNDs
 * and the other types on the topic are not terminal business: read (an unreadable one is dead-lettered) and left.
 */
@Component
class SettlementTransactionsConsumer implements InboundMessageHandler {

    private final IntegrationEventCodec codec;
    private final SettledSaleRepository settled;
    private final Clock clock;

    SettlementTransactionsConsumer(IntegrationEventCodec codec, SettledSaleRepository settled, Clock clock) {
        this.codec = codec;
        this.settled = settled;
        this.clock = clock;
    }

    @Override
    public Set<String> topics() {
        return Set.of(Topics.SETTLEMENT_TRANSACTIONS.name());
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        if (message.event(codec) instanceof TransactionSettled sale && sale.type() == TransactionType.SALE
                && !settled.existsById(sale.transactionId())) {
            settled.save(new SettledSale(sale.transactionId(), sale.serialNumber(), sale.amountFen(),
                    sale.settlementDate(), clock.instant()));
        }
    }

}
