package io.posflow.terminal.adapter.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.timelimiter.TimeLimiter;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import io.posflow.terminal.config.CardSwitchProperties;
import io.posflow.terminal.domain.terminal.CardSwitch;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * T7: every authorisation goes through a time limit (5 s, config) inside a circuit breaker
 * ({@code resilience4j.circuitbreaker.instances.card-switch}), and is never retried: an authorisation is not
 * idempotent at the switch. A call that runs out of time is cancelled (its thread interrupted) and answered
 * TIMED_OUT, as is any failure whose outcome is unknown — the terminal then has it reversed. An open circuit
 * answers NOT_SENT without calling.
 */
@Component
class ResilientCardSwitch implements CardSwitch, DisposableBean {

    static final String NAME = "card-switch";
    private static final Logger log = LoggerFactory.getLogger(ResilientCardSwitch.class);

    private final SwitchClient client;
    private final TimeLimiter timeLimiter;
    private final CircuitBreaker circuitBreaker;
    private final ExecutorService calls;

    ResilientCardSwitch(SwitchClient client, CardSwitchProperties settings, CircuitBreakerRegistry breakers) {
        this.client = client;
        this.timeLimiter = TimeLimiter.of(NAME, TimeLimiterConfig.custom().timeoutDuration(settings.timeout())
                .cancelRunningFuture(true).build());
        this.circuitBreaker = breakers.circuitBreaker(NAME);
        AtomicInteger threads = new AtomicInteger();
        this.calls = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "card-switch-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public Authorisation authorise(AuthorisationRequest request) {
        try {
            circuitBreaker.executeCallable(() -> timeLimiter.executeFutureSupplier(() -> calls.submit(() -> {
                client.authorise(request);
                return null;
            })));
            return Authorisation.APPROVED;
        } catch (CallNotPermittedException open) {
            log.warn("Card switch circuit is open; transaction {} was not sent", request.transactionId());
            return Authorisation.NOT_SENT;
        } catch (TimeoutException timeout) {
            log.warn("Card switch did not answer transaction {} within {}", request.transactionId(),
                    timeLimiter.getTimeLimiterConfig().getTimeoutDuration());
            return Authorisation.TIMED_OUT;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Authorisation.TIMED_OUT;
        } catch (Exception unknown) {
            // Only the class: a switch's message may quote card data.
            log.warn("Card switch failed on transaction {} ({}); it will be reversed", request.transactionId(),
                    unknown.getClass().getName());
            return Authorisation.TIMED_OUT;
        }
    }

    @Override
    public void destroy() {
        calls.shutdownNow();
    }
}
