package io.posflow.deposit.adapter.messaging.inbound;

import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.topics.Topics;
import io.posflow.deposit.readmodel.state.volume.VolumeFold;
import io.posflow.deposit.readmodel.state.volume.VolumeProjection;
import io.posflow.platform.messaging.inbound.InboundDispatcher;
import io.posflow.platform.projection.TopicFold;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import java.util.List;

/**
 * The live deposit projection's fold of settlement.transactions.v1 (D5) on the platform's topic projection, which
 * commits the projection, its dedup records, the Deposit's events it caused and the offsets it read up to in one
 * database transaction: each consumer folds with a {@link VolumeFold} over the live tables, and what waited for a
 * serial's deposit is released every second.
 */
@Component
public class SettlementTransactionsConsumer implements TopicFold<VolumeFold.Item> {

    private final TopicReader reader;
    private final VolumeProjection volumes;
    private final VolumeFold.Effects effects;
    private final ObjectProvider<InboundDispatcher> dispatcher;
    private final EventStore eventStore;

    SettlementTransactionsConsumer(IntegrationEventCodec codec, VolumeProjection volumes, VolumeFold.Effects effects,
                                   ObjectProvider<InboundDispatcher> dispatcher, EventStore eventStore,
                                   MeterRegistry meters) {
        this.reader = new TopicReader(Topics.SETTLEMENT_TRANSACTIONS, codec);
        this.volumes = volumes;
        this.effects = effects;
        this.dispatcher = dispatcher;
        this.eventStore = eventStore;
        meters.gauge("posflow.deposit.projection.waiting", volumes, VolumeProjection::waitingCount);
    }

    @Override
    public VolumeFold.Item parse(ConsumerRecord<String, byte[]> record) {
        return new VolumeFold.Item(record.partition(), reader.read(record));
    }

    @Override
    public State<VolumeFold.Item> open() {
        VolumeFold fold = volumes.open(effects);
        return new State<>() {
            @Override
            public void apply(List<VolumeFold.Item> items) {
                fold.apply(items);
            }

            @Override
            public boolean hasDeferred() {
                return fold.hasWaiting();
            }

            @Override
            public void applyDeferred() {
                fold.releaseWaiting();
            }
        };
    }

    /**
     * The Deposit events a poll caused were appended by commands that joined the poll's transaction, so Axon's
     * event store woke its tracking readers (the publisher among them) when the command's unit of work ended —
     * before the transaction committed — and they found nothing new; left alone they would look again only
     * after its fetch delay. Publishing nothing, outside any unit of work, wakes them now that the events are
     * committed: DepositRefundTriggered reaches the topic in milliseconds. A payout or replacement parked on a
     * deposit that just opened is released (architecture §4).
     */
    @Override
    public void committed(List<VolumeFold.Item> items) {
        eventStore.publish(List.of());
        InboundDispatcher inbox = dispatcher.getIfAvailable();
        if (inbox != null) {
            items.stream().filter(item -> item.event() instanceof DepositCollected)
                    .map(item -> ((DepositCollected) item.event()).serialNumber())
                    .forEach(serial -> inbox.referenceArrived(DepositReferences.depositOf(serial)));
        }
    }
}
