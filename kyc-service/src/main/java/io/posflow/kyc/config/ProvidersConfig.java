package io.posflow.kyc.config;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.posflow.kyc.adapter.provider.ProviderCalls;
import io.posflow.kyc.adapter.provider.ResilientProviders;
import io.posflow.kyc.adapter.provider.SimulatedMicroDepositPayouts;
import io.posflow.kyc.adapter.provider.SimulatedProviders;
import io.posflow.kyc.domain.checks.BankCardElementVerifier;
import io.posflow.kyc.domain.checks.DocumentInspector;
import io.posflow.kyc.domain.checks.FaceMatcher;
import io.posflow.kyc.domain.checks.MicroDepositPayouts;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

import java.time.Clock;
import java.time.Duration;

/**
 * The provider ports the checks call, each wrapped in its {@code ResilientCall} (time limit, retry with
 * back-off, circuit breaker; settings in {@code resilience4j.*.instances.<provider>}). The only providers so
 * far are the embedded simulators, chosen with {@code posflow.kyc.providers.mode=simulation} (set by the
 * {@code simulation} profile). Without it the service refuses to start rather than pass applicants unchecked.
 */
@Configuration(proxyBeanMethods = false)
public class ProvidersConfig {

    private static final Duration SIMULATED_MAX_HANG = Duration.ofSeconds(60);

    @Bean
    ProviderCalls providerCalls(CircuitBreakerRegistry breakers, RetryRegistry retries,
                                TimeLimiterRegistry timeLimiters) {
        return new ProviderCalls(breakers, retries, timeLimiters);
    }

    @Bean
    @ConditionalOnProperty(name = "posflow.kyc.providers.mode", havingValue = "simulation")
    SimulatedProviders simulatedProviders() {
        return new SimulatedProviders(SIMULATED_MAX_HANG);
    }

    @Bean
    BankCardElementVerifier bankCardElementVerifier(ObjectProvider<SimulatedProviders> simulators,
                                                    ProviderCalls calls) {
        return ResilientProviders.bankCardElements(simulators(simulators).bankCardElements(),
                calls.to(BankCardElementVerifier.PROVIDER));
    }

    @Bean
    FaceMatcher faceMatcher(ObjectProvider<SimulatedProviders> simulators, ProviderCalls calls) {
        return ResilientProviders.face(simulators(simulators).face(), calls.to(FaceMatcher.PROVIDER));
    }

    @Bean
    DocumentInspector documentInspector(ObjectProvider<SimulatedProviders> simulators, ProviderCalls calls) {
        return ResilientProviders.documents(simulators(simulators).documents(), calls.to(DocumentInspector.PROVIDER));
    }

    @Bean
    @ConditionalOnProperty(name = "posflow.kyc.providers.mode", havingValue = "simulation")
    SimulatedMicroDepositPayouts simulatedMicroDepositPayouts(SimulatedProviders simulators, Clock clock) {
        return new SimulatedMicroDepositPayouts(simulators.provider(MicroDepositPayouts.PROVIDER).orElseThrow(), clock);
    }

    /** K10: micro-deposits through the bank payout port, resilient like every provider call (the simulator is raw). */
    @Bean
    @Primary
    MicroDepositPayouts microDepositPayouts(ObjectProvider<SimulatedMicroDepositPayouts> simulator, ProviderCalls calls) {
        SimulatedMicroDepositPayouts bank = simulator.getIfAvailable();
        if (bank == null) {
            throw new IllegalStateException("No bank payout adapter: set posflow.kyc.providers.mode=simulation");
        }
        return ResilientProviders.microDeposits(bank, calls.to(MicroDepositPayouts.PROVIDER));
    }

    private static SimulatedProviders simulators(ObjectProvider<SimulatedProviders> simulators) {
        SimulatedProviders available = simulators.getIfAvailable();
        if (available == null) {
            throw new IllegalStateException("No KYC provider adapter: set posflow.kyc.providers.mode=simulation"
                    + " (the only providers so far are the simulators)");
        }
        return available;
    }
}
