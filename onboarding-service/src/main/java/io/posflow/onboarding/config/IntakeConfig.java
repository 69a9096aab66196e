package io.posflow.onboarding.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.onboarding.domain.checks.MerchantNameRules;
import io.posflow.onboarding.domain.checks.PrefectureLevelCities;
import io.posflow.onboarding.readmodel.state.ApplicationViewRepository;
import io.posflow.onboarding.usecase.Documents;
import io.posflow.onboarding.usecase.intake.ApplicantKeys;
import io.posflow.onboarding.usecase.intake.ApplicationFormChecks;
import io.posflow.onboarding.usecase.intake.ApplicationIntake;
import io.posflow.onboarding.usecase.intake.ApplicationSealer;
import io.posflow.onboarding.usecase.intake.Blacklist;
import io.posflow.platform.crypto.KeyedHash;
import io.posflow.platform.messaging.inbound.InboundDispatcher;
import jakarta.validation.Validator;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;

/** How applications enter: the synchronous checks and their data, sealing, the blacklist (architecture §3). */
@Configuration(proxyBeanMethods = false)
public class IntakeConfig {

    @Bean
    MerchantNameRules merchantNameRules() {
        return new MerchantNameRules(PrefectureLevelCities.load());
    }

    @Bean
    ApplicationFormChecks applicationFormChecks(Validator validator, MerchantNameRules merchantNames,
                                                IntakeProperties intake, Documents documents) {
        return new ApplicationFormChecks(validator, merchantNames, intake.bins(), intake.idValidityMargin(),
                documents::find, intake.maxVideoLength());
    }

    @Bean
    ApplicationSealer applicationSealer(SubjectSealing sealing, Documents documents) {
        return new ApplicationSealer(sealing, documents::find);
    }

    @Bean
    ApplicantKeys applicantKeys(LookupKeyProperties pii) {
        return new ApplicantKeys(KeyedHash.fromBase64("posflow.pii.lookup-key", pii.lookupKey()));
    }

    @Bean
    Blacklist blacklist(ApplicantKeys keys, IntakeProperties intake) {
        return new Blacklist(keys, intake.blacklistedIdNumbers(), intake.blacklistedCreditCodes());
    }

    @Bean
    ApplicationIntake applicationIntake(ApplicationFormChecks checks, ApplicationSealer sealer, ApplicantKeys keys,
                                        Blacklist blacklist, ApplicationViewRepository views, CommandGateway commands,
                                        InboundDispatcher inbound, ObjectMapper json, Clock clock,
                                        MeterRegistry meters, BusinessDay businessDay) {
        return new ApplicationIntake(checks, sealer, keys, blacklist, views, commands, inbound, json, clock, meters,
                businessDay);
    }
}
