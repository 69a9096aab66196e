package io.posflow.kyc.adapter.provider;

import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.RetryRegistry;
import io.github.resilience4j.timelimiter.TimeLimiterRegistry;
import org.springframework.beans.factory.DisposableBean;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Makes each provider's {@link ResilientCall} from the starter's registries, so every setting comes from
 * {@code resilience4j.{timelimiter,retry,circuitbreaker}.instances.<provider>} and the instances show in the
 * Micrometer metrics under {@code name=<provider>}. Owns the worker threads the time limits cancel.
 */
public class ProviderCalls implements DisposableBean {

    private final CircuitBreakerRegistry breakers;
    private final RetryRegistry retries;
    private final TimeLimiterRegistry timeLimiters;
    private final ExecutorService workers;

    public ProviderCalls(CircuitBreakerRegistry breakers, RetryRegistry retries, TimeLimiterRegistry timeLimiters) {
        this.breakers = breakers;
        this.retries = retries;
        this.timeLimiters = timeLimiters;
        AtomicInteger threads = new AtomicInteger();
        this.workers = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "kyc-provider-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    public ResilientCall to(String provider) {
        return new ResilientCall(provider, timeLimiters.timeLimiter(provider), retries.retry(provider),
                breakers.circuitBreaker(provider), workers);
    }

    @Override
    public void destroy() {
        workers.shutdownNow();
    }
}
