package io.posflow.kyc.adapter.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import io.posflow.kyc.Dossiers;
import io.posflow.kyc.domain.checks.FaceMatchCheck;
import io.posflow.kyc.domain.checks.FaceMatcher;
import io.posflow.kyc.domain.checks.ProviderUnavailableException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static io.posflow.kyc.Dossiers.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The composition every provider call goes through: time limit → circuit breaker → retry with back-off. */
class ResilientCallTest {

    private static final String PROVIDER = FaceMatcher.PROVIDER;

    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofMinutes(1)).build());
    private final ProviderCalls calls = new ProviderCalls(breakers,
            RetryRegistry.of(RetryConfig.custom().maxAttempts(3)
                    .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(40), 2))
                    .ignoreExceptions(CallNotPermittedException.class).build()),
            TimeLimiterRegistry.of(TimeLimiterConfig.custom().timeoutDuration(Duration.ofMillis(100))
                    .cancelRunningFuture(true).build()));
    private final ResilientCall call = calls.to(PROVIDER);
    private final AtomicInteger attempts = new AtomicInteger();

    @AfterEach
    void stopWorkers() {
        calls.destroy();
    }

    @Test
    void aHungCallIsCancelledAtTheTimeoutRetriedAndThenThrowsProviderUnavailable() {
        AtomicInteger cancelled = new AtomicInteger();

        assertThatThrownBy(() -> call.call(() -> {
            attempts.incrementAndGet();
            try {
                Thread.sleep(10_000);
            } catch (InterruptedException e) {
                cancelled.incrementAndGet();
            }
            return "late";
        })).isInstanceOf(ProviderUnavailableException.class)
                .hasMessage("Provider face gave no answer: timed out after 3 attempts of 100 ms");

        assertThat(attempts).hasValue(3);
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> cancelled.get() == 3);
    }

    @Test
    void aCallThatFailsOnceIsRetriedAndItsLaterAnswerCounts() {
        String answer = call.call(() -> {
            if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("connection reset");
            }
            return "answer";
        });

        assertThat(answer).isEqualTo("answer");
        assertThat(attempts).hasValue(2);
    }

    @Test
    void theBackOffBetweenAttemptsGrowsExponentially() {
        List<Long> startedAt = new CopyOnWriteArrayList<>();

        assertThatThrownBy(() -> call.call(() -> {
            startedAt.add(System.nanoTime());
            throw new IllegalStateException("unreachable");
        })).isInstanceOf(ProviderUnavailableException.class)
                .hasMessage("Provider face gave no answer: IllegalStateException after 3 attempts");

        assertThat(startedAt).hasSize(3);
        assertThat(Duration.ofNanos(startedAt.get(1) - startedAt.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(40));
        assertThat(Duration.ofNanos(startedAt.get(2) - startedAt.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(80));
    }

    @Test
    void repeatedFailuresOpenTheCircuitAndThenTheProviderIsNotCalledAtAll() {
        java.util.function.Supplier<String> failing = () -> {
            attempts.incrementAndGet();
            throw new IllegalStateException("unreachable");
        };
        assertThatThrownBy(() -> call.call(failing)).isInstanceOf(ProviderUnavailableException.class);
        assertThat(attempts).hasValue(3);

        // The 4th failure opens the circuit; the next attempt is not permitted and not retried.
        assertThatThrownBy(() -> call.call(failing)).isInstanceOf(ProviderUnavailableException.class)
                .hasMessage("Provider face gave no answer: its circuit breaker is open");
        assertThat(attempts).hasValue(4);
        assertThat(breakers.circuitBreaker(PROVIDER).getState()).isEqualTo(CircuitBreaker.State.OPEN);

        assertThatThrownBy(() -> call.call(failing)).isInstanceOf(ProviderUnavailableException.class)
                .hasMessage("Provider face gave no answer: its circuit breaker is open");
        assertThat(attempts).hasValue(4);
    }

    @Test
    void aProviderOutageMakesTheCheckThrowAndNeverBecomesAFinding() {
        SimulatedProviders simulators = new SimulatedProviders(Duration.ofSeconds(5));
        simulators.provider(PROVIDER).orElseThrow().setAvailable(false);
        FaceMatchCheck check = new FaceMatchCheck(ResilientProviders.face(simulators.face(), call), Dossiers.SEALING,
                80);

        assertThatThrownBy(() -> check.check(anApplication().build())).isInstanceOf(ProviderUnavailableException.class)
                .hasMessage("Provider face gave no answer: unreachable after 3 attempts")
                .hasMessageNotContaining(Dossiers.PHONE).hasMessageNotContaining(Dossiers.ID_NUMBER);
        assertThat(simulators.provider(PROVIDER).orElseThrow().state().unreachableCalls()).isEqualTo(3);
    }
}
