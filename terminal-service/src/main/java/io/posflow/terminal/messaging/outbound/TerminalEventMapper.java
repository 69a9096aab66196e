package io.posflow.terminal.messaging.outbound;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.messaging.outbound.IntegrationEventMapper;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import io.posflow.terminal.terminal.TerminalBound;
import io.posflow.terminal.terminal.TerminalDeregistered;
import io.posflow.terminal.terminal.TerminalModel;
import io.posflow.terminal.terminal.TerminalRegistered;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.util.List;

/** Internal terminal events → the published language on terminal.terminals.v1 (keyed by serial number). */
@Component
class TerminalEventMapper implements IntegrationEventMapper {

    private final IntegrationEventCodec codec;

    TerminalEventMapper(IntegrationEventCodec codec) {
        this.codec = codec;
    }

    @Override
    public List<OutboundMessage> map(EventMessage<?> event) {
        Object payload = event.getPayload();
        if (payload instanceof TerminalRegistered e) {
            return terminals(new io.posflow.contracts.terminal.TerminalRegistered(e.serialNumber().value(),
                    model(e.model()), e.vendor().name(), e.registeredAt()));
        }
        if (payload instanceof TerminalBound e) {
            return terminals(new io.posflow.contracts.terminal.TerminalBound(e.serialNumber().value(),
                    e.merchantNo().value(), model(e.model()), e.boundAt()));
        }
        if (payload instanceof TerminalDeregistered e) {
            return terminals(new io.posflow.contracts.terminal.TerminalDeregistered(e.serialNumber().value(),
                    e.merchantNo().value(), e.deregisteredAt()));
        }
        return List.of();
    }

    private List<OutboundMessage> terminals(IntegrationEvent event) {
        return List.of(OutboundMessage.keyed(Topics.TERMINAL_TERMINALS.name(), event.key(),
                EventCatalogue.of(event).ceType(), codec.write(event)));
    }

    private static DeviceModel model(TerminalModel model) {
        return DeviceModel.valueOf(model.name());
    }
}
