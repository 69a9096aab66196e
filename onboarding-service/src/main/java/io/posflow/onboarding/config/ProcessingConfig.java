package io.posflow.onboarding.config;

import io.posflow.onboarding.application.MerchantOnboardingPolicy;
import io.posflow.onboarding.query.ApplicationViewProjection;
import io.posflow.onboarding.query.MerchantViewProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Event handler failures propagate instead of Axon's default log-and-skip: a failing view update rolls
 * back the command that caused it, and a failing merchant onboarding is retried by its tracking
 * processor rather than lost.
 */
@Configuration(proxyBeanMethods = false)
public class ProcessingConfig {

    @Bean
    ConfigurerModule propagateHandlerErrors() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(ApplicationViewProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(MerchantOnboardingPolicy.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerListenerInvocationErrorHandler(MerchantViewProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
