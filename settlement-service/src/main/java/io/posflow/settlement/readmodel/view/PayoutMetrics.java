package io.posflow.settlement.readmodel.view;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.settlement.domain.payout.PayoutFailed;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * {@code posflow_payouts_failed_total{purpose, reason}}: every failed payout attempt (S6), as it is recorded.
 * An alert on its rate shows a bank outage; the payouts themselves are retried until paid.
 */
@Component
@ProcessingGroup(PayoutMetrics.PROCESSING_GROUP)
public class PayoutMetrics {

    public static final String PROCESSING_GROUP = "payout-metrics";
    static final String FAILED = "posflow.payouts.failed";

    private final MeterRegistry meters;

    public PayoutMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @EventHandler
    void on(PayoutFailed event) {
        Counter.builder(FAILED).description("Failed payout attempts (each is retried)")
                .tag("purpose", event.purpose().name()).tag("reason", event.reason())
                .register(meters).increment();
    }
}
