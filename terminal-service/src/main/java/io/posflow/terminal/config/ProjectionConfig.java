package io.posflow.terminal.config;

import io.posflow.terminal.query.TerminalViewProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Event processing of this service's read models. */
@Configuration(proxyBeanMethods = false)
public class ProjectionConfig {

    /**
     * A failing projection fails the command that stored the event (Axon's default would log and
     * skip), so the read model never silently falls behind the event store.
     */
    @Bean
    ConfigurerModule terminalViewErrors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(TerminalViewProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
