package io.posflow.settlement.config;

import io.posflow.settlement.query.MerchantAccountProjection;
import io.posflow.settlement.query.StatementProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** How settlement's read models are fed from its event store. */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfig {

    /**
     * The known-merchants read model is updated in the transaction that opens the account (subscribing), so
     * a capture handled right after MerchantOnboarded finds its merchant and released parked captures never
     * race the projection. The statements are an ordinary tracking read model. Errors propagate in both:
     * a failing projection rolls back or retries instead of Axon's default log-and-skip.
     */
    @Bean
    ConfigurerModule readModelProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(MerchantAccountProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(MerchantAccountProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessor(StatementProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(StatementProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
