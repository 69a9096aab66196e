package io.posflow.kyc.config;

import io.posflow.kyc.kyccase.WellFormedApplicationCheck;
import io.posflow.kyc.query.KycCaseViewProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The checks every case runs, and how the case view is kept. */
@Configuration(proxyBeanMethods = false)
public class KycConfig {

    @Bean
    WellFormedApplicationCheck wellFormedApplicationCheck() {
        return new WellFormedApplicationCheck();
    }

    /**
     * The case view is updated in the transaction of the command that changes a case (subscribing), and a
     * failing update fails that command (propagating): the inbound handlers and the decision decide on
     * the view, so it may neither lag nor silently skip an event.
     */
    @Bean
    ConfigurerModule kycCaseViewProcessing() {
        String group = KycCaseViewProjection.PROCESSING_GROUP;
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(group)
                .registerListenerInvocationErrorHandler(group, c -> PropagatingErrorHandler.instance()));
    }
}
