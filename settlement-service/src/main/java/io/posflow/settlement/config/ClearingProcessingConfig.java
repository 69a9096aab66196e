package io.posflow.settlement.config;

import io.posflow.settlement.provider.SimulatedClearingFiles;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

/**
 * S8 in simulation: the simulated switch records what it cleared in the transaction that records the capture
 * (subscribing), so a date's clearing file is complete before that date's run reads it.
 */
@Configuration(proxyBeanMethods = false)
@Profile("simulation")
public class ClearingProcessingConfig {

    @Bean
    ConfigurerModule simulatedClearingProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(SimulatedClearingFiles.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(SimulatedClearingFiles.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
