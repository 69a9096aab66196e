package io.posflow.terminal.config;

import io.posflow.terminal.domain.terminal.CardType;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.Map;

/**
 * The card switch (T7) and its BIN table.
 *
 * @param timeout  how long an authorisation may take before it is reversed and declined (5 s)
 * @param binTable the first six digits of a PAN to its card type; a BIN not listed keeps the device's word
 */
@ConfigurationProperties("posflow.terminal.card-switch")
public record CardSwitchProperties(Duration timeout, Map<String, CardType> binTable) {

    public CardSwitchProperties {
        if (timeout == null || timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("posflow.terminal.card-switch.timeout must be positive");
        }
        binTable = binTable == null ? Map.of() : Map.copyOf(binTable);
    }
}
