package io.posflow.deposit.config;

import io.posflow.deposit.deposit.DepositPolicy;
import io.posflow.deposit.query.DepositViewProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class DepositConfig {

    /** Injected into the Deposit's command handlers by Axon (a handler parameter resolved from Spring). */
    @Bean
    DepositPolicy depositPolicy(DepositProperties properties) {
        return properties.policy();
    }

    /**
     * A failing projection handler stops the view's processor and retries, instead of Axon's default
     * log-and-skip, which would silently lose a counted transaction (D5).
     */
    @Bean
    ConfigurerModule depositViewProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing.registerListenerInvocationErrorHandler(
                DepositViewProjection.PROCESSING_GROUP, c -> PropagatingErrorHandler.instance()));
    }
}
