package io.posflow.settlement.config;

import io.posflow.settlement.query.CashOutRiskProjection;
import io.posflow.settlement.query.MerchantAccountProjection;
import io.posflow.settlement.query.SaleRecordProjection;
import io.posflow.settlement.query.SettlementDayProjection;
import io.posflow.settlement.query.SettlementQueueProjection;
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
     * race the projection. The settlement queue and the closed days are subscribing for the same reason:
     * the daily run reads them in its transaction and must see every sale recorded or settled and every
     * date closed before it. The sale records too: a refund released from parking, or settled right after its
     * sale in the same run, must find the sale's latest state. The self-swipe cards and holds (S7) too: a sale right after the deposit
     * swipe must find its card. The statements are an ordinary tracking read
     * model. Errors propagate everywhere: a failing projection rolls back or retries instead of Axon's default
     * log-and-skip.
     */
    @Bean
    ConfigurerModule readModelProcessing() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerSubscribingEventProcessor(MerchantAccountProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(MerchantAccountProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(SettlementQueueProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(SettlementQueueProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(SaleRecordProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(SaleRecordProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(CashOutRiskProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(CashOutRiskProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerSubscribingEventProcessor(SettlementDayProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(SettlementDayProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessor(StatementProjection.PROCESSING_GROUP)
                .registerListenerInvocationErrorHandler(StatementProjection.PROCESSING_GROUP,
                        c -> PropagatingErrorHandler.instance()));
    }
}
