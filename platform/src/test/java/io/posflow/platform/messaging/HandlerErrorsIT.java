package io.posflow.platform.messaging;

import io.posflow.platform.fixture.OnTheSharedBroker;
import io.posflow.platform.fixture.PipelineTestApplication;
import io.posflow.platform.messaging.outbound.IntegrationEventPublisher;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14: the platform, not each service, makes every event processor's handler errors propagate (a projection
 * that logged and skipped an event would be silently wrong); a service only chooses a processor's mode.
 */
@SpringBootTest(classes = PipelineTestApplication.class)
@DirtiesContext
class HandlerErrorsIT extends OnTheSharedBroker {

    @Autowired
    EventProcessingConfiguration processing;

    @Test
    void everyProcessingGroupPropagatesHandlerErrorsWithoutRegisteringAnything() {
        assertThat(processing.listenerInvocationErrorHandler("a-group-no-service-registered"))
                .isSameAs(PropagatingErrorHandler.instance());
        assertThat(processing.listenerInvocationErrorHandler(IntegrationEventPublisher.PROCESSING_GROUP))
                .isSameAs(PropagatingErrorHandler.instance());
    }
}
