package io.posflow.kyc.adapter.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.posflow.kyc.domain.checks.ProviderUnavailableException;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * One provider's calls, made resilient in a fixed order: each attempt runs on a worker thread under a time
 * limit (a hung call is cancelled), through the provider's circuit breaker (which counts timeouts and errors);
 * failed attempts are retried with exponential back-off; an open circuit is not retried. When no attempt
 * answers, the call throws {@link ProviderUnavailableException} — so the check that made it throws, the case
 * stays open and its decision is retried later. It never turns an outage into an answer.
 *
 * <p>Messages name the provider and the kind of failure only: a provider's own message may quote the data sent.
 */
public final class ResilientCall {

    private final String provider;
    private final TimeLimiter timeLimiter;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final ExecutorService workers;

    public ResilientCall(String provider, TimeLimiter timeLimiter, Retry retry, CircuitBreaker circuitBreaker,
                         ExecutorService workers) {
        this.provider = Objects.requireNonNull(provider, "provider");
        this.timeLimiter = Objects.requireNonNull(timeLimiter, "timeLimiter");
        this.retry = Objects.requireNonNull(retry, "retry");
        this.circuitBreaker = Objects.requireNonNull(circuitBreaker, "circuitBreaker");
        this.workers = Objects.requireNonNull(workers, "workers");
    }

    public String provider() {
        return provider;
    }

    public <T> T call(Supplier<T> request) {
        Callable<T> onWorker = request::get;
        Callable<T> attempt = CircuitBreaker.decorateCallable(circuitBreaker,
                () -> timeLimiter.executeFutureSupplier(() -> workers.submit(onWorker)));
        Callable<T> attempts = Retry.decorateCallable(retry, attempt);
        try {
            return attempts.call();
        } catch (CallNotPermittedException open) {
            throw new ProviderUnavailableException(provider, "its circuit breaker is open");
        } catch (TimeoutException timeout) {
            throw new ProviderUnavailableException(provider, "timed out after " + tries() + " of "
                    + timeLimiter.getTimeLimiterConfig().getTimeoutDuration().toMillis() + " ms");
        } catch (ProviderUnavailableException unreachable) {
            throw new ProviderUnavailableException(provider, "unreachable after " + tries());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new ProviderUnavailableException(provider, "interrupted");
        } catch (Exception failed) {
            throw new ProviderUnavailableException(provider, failed.getClass().getSimpleName() + " after " + tries());
        }
    }

    private String tries() {
        int max = retry.getRetryConfig().getMaxAttempts();
        return max + (max == 1 ? " attempt" : " attempts");
    }
}
