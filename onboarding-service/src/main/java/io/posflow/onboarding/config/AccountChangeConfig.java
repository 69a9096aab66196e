package io.posflow.onboarding.config;

import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.onboarding.usecase.Documents;
import io.posflow.onboarding.usecase.intake.AccountChangeChecks;
import io.posflow.onboarding.usecase.intake.AccountChangeIntake;
import io.posflow.platform.messaging.inbound.InboundDispatcher;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** How settlement account changes enter (O10): the K3 checks with the intake's BIN table and documents. */
@Configuration(proxyBeanMethods = false)
public class AccountChangeConfig {

    @Bean
    AccountChangeChecks accountChangeChecks(Validator validator, IntakeProperties intake, Documents documents) {
        return new AccountChangeChecks(validator, intake.bins(), documents::find, intake.maxVideoLength());
    }

    @Bean
    AccountChangeIntake accountChangeIntake(AccountChangeChecks checks, SubjectSealing sealing, Documents documents,
                                            CommandGateway commands, InboundDispatcher inbound, Clock clock) {
        return new AccountChangeIntake(checks, sealing, documents::find, commands, inbound, clock);
    }
}
