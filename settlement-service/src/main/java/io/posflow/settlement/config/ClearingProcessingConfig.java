package io.posflow.settlement.config;

import io.posflow.settlement.query.ClearingCaptureProjection;
import io.posflow.settlement.query.ClearingDiscrepancyProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * S8's read models are subscribing — updated in the transaction of the event — so the run that reconciles a
 * date sees every capture recorded before it and the holds its own reconciliation placed.
 */
@Configuration(proxyBeanMethods = false)
public class ClearingProcessingConfig {

    @Bean
    ConfigurerModule clearingProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(ClearingCaptureProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(ClearingCaptureProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(ClearingDiscrepancyProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(ClearingDiscrepancyProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
