package io.posflow.settlement.config;

import io.posflow.settlement.query.LedgerProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The ledger (S9) is a tracking read model of settlement's events, its token in the same database: every
 * posting is written once, in order, and a failure (an unbalanced entry) stops it instead of skipping a fact.
 */
@Configuration(proxyBeanMethods = false)
public class LedgerProcessingConfig {

    @Bean
    ConfigurerModule ledgerProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessor(LedgerProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(LedgerProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
