package io.posflow.terminal.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * Terminal allocation (T2).
 *
 * @param sweepInterval how often merchants waiting for a terminal are matched with stock again, a safety net for a
 *                      registration whose allocation failed (1 minute)
 */
@ConfigurationProperties("posflow.terminal.allocation")
public record AllocationProperties(Duration sweepInterval) {

    public AllocationProperties {
        if (sweepInterval == null || sweepInterval.isNegative() || sweepInterval.isZero()) {
            throw new IllegalArgumentException("posflow.terminal.allocation.sweep-interval must be positive");
        }
    }
}
