package io.posflow.platform.clock;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Clock;
import java.time.Duration;

/**
 * The one injected {@link Clock}: the system clock in production, a movable {@link SimulationClock}
 * in the {@code simulation} profile.
 */
@AutoConfiguration(afterName = "org.springframework.boot.autoconfigure.jdbc.JdbcTemplateAutoConfiguration")
public class ClockConfiguration {

    @Configuration(proxyBeanMethods = false)
    @Profile("simulation")
    static class Simulated {

        @Bean
        ClockOffsetStore clockOffsetStore(JdbcTemplate jdbc) {
            return new ClockOffsetStore(jdbc);
        }

        @Bean
        @ConditionalOnMissingBean(Clock.class)
        SimulationClock simulationClock(ClockOffsetStore store) {
            return new SimulationClock(Clock.systemUTC(), store.load());
        }

        @Bean
        SimulationClockController simulationClockController(SimulationClock clock, ClockOffsetStore store) {
            return new SimulationClockController(clock, store);
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Profile("!simulation")
    static class Real {

        /** Ticks in microseconds, like the database columns: an instant read back equals the one written. */
        @Bean
        @ConditionalOnMissingBean(Clock.class)
        Clock systemClock() {
            return Clock.tick(Clock.systemUTC(), Duration.ofNanos(1_000));
        }
    }
}
