package io.posflow.settlement.config;

import io.posflow.settlement.observability.PayoutMetrics;
import io.posflow.settlement.query.UnpaidSettlementProjection;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The settlement-payout bookkeeping is subscribing, like the settlement queue: the unpaid nets are updated in
 * the transaction that settles or pays them (so the run sees what it just settled, and a payout never covers
 * a net twice), and a T0 payout is scheduled with its settlement. The failed-payout counter counts as the
 * failure is recorded. Errors propagate (roll back) instead of being logged and skipped.
 */
@Configuration(proxyBeanMethods = false)
public class PayoutProcessingConfig {

    @Bean
    ConfigurerModule payoutProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(UnpaidSettlementProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(UnpaidSettlementProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(PayoutMetrics.PROCESSING_GROUP));
    }
}
