package io.posflow.onboarding.config;

import io.posflow.onboarding.adapter.messaging.inbound.PartnerKeyRegistry;
import io.posflow.onboarding.adapter.messaging.inbound.PartnerSignatures;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Partner-bank intake (architecture §5, ADR 14): the key registry and the signature checks. */
@Configuration(proxyBeanMethods = false)
public class PartnerBankConfig {

    /** Fails the start-up on a malformed or non-P-256 key, or a key id registered for two banks. */
    @Bean
    PartnerKeyRegistry partnerKeyRegistry(PartnerBankProperties properties) {
        return PartnerKeyRegistry.of(properties.keysByBank());
    }

    @Bean
    PartnerSignatures partnerSignatures(PartnerKeyRegistry registry) {
        return new PartnerSignatures(registry);
    }

}
