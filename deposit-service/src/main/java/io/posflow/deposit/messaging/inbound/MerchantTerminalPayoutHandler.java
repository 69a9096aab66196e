package io.posflow.deposit.messaging.inbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.inbound.InboundContext;
import io.posflow.platform.messaging.inbound.InboundMessage;
import io.posflow.platform.messaging.inbound.InboundMessageHandler;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * onboarding.merchants.v1, terminal.terminals.v1 and settlement.payouts.v1: deposit-service subscribes
 * to them (DESIGN §2: the sealed phone for the refund SMS, terminal replacement, refund payouts), but a
 * Deposit that only counts volume needs none of their events. They are read all the same, so an
 * unreadable record goes to the topic's DLT as on every consumed topic.
 */
@Component
class MerchantTerminalPayoutHandler implements InboundMessageHandler {

    private final Map<String, TopicReader> readers;

    MerchantTerminalPayoutHandler(IntegrationEventCodec codec) {
        this.readers = Stream.of(Topics.ONBOARDING_MERCHANTS, Topics.TERMINAL_TERMINALS, Topics.SETTLEMENT_PAYOUTS)
                .map(topic -> new TopicReader(topic, codec))
                .collect(Collectors.toUnmodifiableMap(TopicReader::topicName, Function.identity()));
    }

    @Override
    public Set<String> topics() {
        return readers.keySet();
    }

    @Override
    public void handle(InboundMessage message, InboundContext context) {
        readers.get(message.topic()).read(message);
    }
}
