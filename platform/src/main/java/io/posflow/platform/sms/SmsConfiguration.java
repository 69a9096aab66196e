package io.posflow.platform.sms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;

import java.time.Clock;

/**
 * The simulated gateway in the {@code simulation} profile. Outside it a service must provide its own
 * {@link SmsSender} (a real gateway) or it will not start where it needs one.
 */
@Configuration(proxyBeanMethods = false)
@Profile("simulation")
public class SmsConfiguration {

    @Bean
    @ConditionalOnMissingBean(SmsSender.class)
    SimulatedSmsSender simulatedSmsSender(SimulatedSmsRepository messages, Clock clock) {
        return new SimulatedSmsSender(messages, clock);
    }

    @Bean
    SimulatedSmsController simulatedSmsController(SimulatedSmsRepository messages) {
        return new SimulatedSmsController(messages);
    }
}
