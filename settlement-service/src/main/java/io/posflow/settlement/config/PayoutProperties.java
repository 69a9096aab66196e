package io.posflow.settlement.config;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How refused payouts are retried (S6), {@code posflow.settlement.payouts.*}: after {@code retryInterval},
 * doubling each time up to {@code maxRetryInterval}, for as long as it takes.
 */
@ConfigurationProperties("posflow.settlement.payouts")
public record PayoutProperties(@DefaultValue("1m") Duration retryInterval,
                               @DefaultValue("1h") Duration maxRetryInterval) {

    /** The wait after the {@code failedAttempts}-th refusal. */
    public Duration retryAfter(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 20));
        Duration wait = retryInterval.multipliedBy(1L << doublings);
        return wait.compareTo(maxRetryInterval) > 0 ? maxRetryInterval : wait;
    }
}
