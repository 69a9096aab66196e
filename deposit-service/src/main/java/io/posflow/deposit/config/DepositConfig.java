package io.posflow.deposit.config;

import io.posflow.deposit.deposit.DepositPolicies;
import io.posflow.deposit.forfeiture.DepositDeadlines;
import io.posflow.deposit.notification.RefundSms;
import io.posflow.deposit.projection.DepositTermsRecorder;
import io.posflow.deposit.query.DepositViewProjection;
import io.posflow.deposit.replacement.DepositTerminals;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class DepositConfig {

    /** Injected into the Deposit's command handlers by Axon (a handler parameter resolved from Spring). */
    @Bean
    DepositPolicies depositPolicies(DepositProperties properties) {
        return properties.policies();
    }

    /**
     * A failing projection handler stops the view's processor and retries, instead of Axon's default
     * log-and-skip, which would silently lose a status change (D5). The deadlines that forfeiture consults,
     * the replacement terminals' serials (T8), the terms the volume projection folds by and the refund SMS are
     * subscribing: they run in the transaction that records the Deposit's event, so a forfeiture check never
     * misses a just-opened deposit, the projection finds a deposit's terms in the transaction that opened it,
     * and an SMS goes out once per refund (a tracking processor would resend on replay). A failure there rolls
     * the whole command back.
     */
    @Bean
    ConfigurerModule depositProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerListenerInvocationErrorHandler(DepositViewProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(DepositDeadlines.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(DepositDeadlines.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(DepositTerminals.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(DepositTerminals.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(DepositTermsRecorder.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(DepositTermsRecorder.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(RefundSms.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(RefundSms.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
