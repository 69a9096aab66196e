package io.posflow.terminal.config;

import io.posflow.terminal.domain.terminal.BinTable;
import io.posflow.terminal.domain.terminal.LimitsByApplicantType;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Capture's settings as the domain's values: T4's limits by applicant type, and the switch's BIN table. */
@Configuration(proxyBeanMethods = false)
public class CaptureConfig {

    @Bean
    LimitsByApplicantType limitsByApplicantType(LimitProperties limits) {
        return limits.byApplicantType();
    }

    @Bean
    BinTable binTable(CardSwitchProperties cardSwitch) {
        return new BinTable(cardSwitch.binTable());
    }
}
