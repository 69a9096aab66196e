package io.posflow.platform.messaging.outbound;

import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/**
 * Maps a service's internal (stored) event to the integration events it publishes. Internal events
 * that are not published map to an empty list. Each service provides exactly one.
 */
public interface IntegrationEventMapper {

    List<OutboundMessage> map(EventMessage<?> event);
}
