package io.posflow.settlement.adapter.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryRegistry;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.settlement.domain.payout.BankPayoutResult;
import io.posflow.settlement.domain.payout.BankPayouts;
import io.posflow.settlement.domain.payout.PayoutInstruction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The bank payout port as the Payout aggregate sees it (S6): each call goes through a circuit breaker, inside a
 * retry with exponential back-off for transient failures ({@code resilience4j.*.instances.bank-payouts}).
 * Retrying is safe because the bank is idempotent per payout id. When the retries are spent, or the circuit is
 * open, the attempt answers {@link BankPayoutResult#unavailable}: the payout records PayoutFailed and its due
 * work tries again later on the injected clock (the persistent retry above this short in-call one), with the
 * same payout id, so it is neither lost nor paid twice. A refusal by the bank is an answer, not retried here.
 * A payee whose personal data was crypto-shredded (architecture §4: its holder name or number can no longer be
 * revealed) is never sent to the bank: {@link BankPayoutResult#payeeShredded}.
 */
@Component
class ResilientBankPayouts implements BankPayouts {

    static final String NAME = "bank-payouts";
    static final String UNAVAILABLE = "BANK_UNAVAILABLE";
    static final String CIRCUIT_OPEN = "BANK_CIRCUIT_OPEN";
    static final String ERROR = "BANK_ERROR";
    private static final Logger log = LoggerFactory.getLogger(ResilientBankPayouts.class);

    private final BankPayoutClient client;
    private final Retry retry;
    private final CircuitBreaker circuitBreaker;
    private final Optional<SubjectSealing> sealing;

    ResilientBankPayouts(BankPayoutClient client, RetryRegistry retries, CircuitBreakerRegistry breakers) {
        this(client, retries, breakers, Optional.empty());
    }

    @Autowired
    ResilientBankPayouts(BankPayoutClient client, RetryRegistry retries, CircuitBreakerRegistry breakers,
                         Optional<SubjectSealing> sealing) {
        this.client = client;
        this.sealing = sealing;
        this.retry = retries.retry(NAME);
        this.circuitBreaker = breakers.circuitBreaker(NAME);
    }

    @Override
    public BankPayoutResult pay(PayoutInstruction instruction) {
        if (payeeShredded(instruction)) {
            log.warn("Payout {} not sent: its payee's personal data was crypto-shredded; held", instruction.payoutId());
            return BankPayoutResult.payeeShredded();
        }
        Supplier<BankPayoutResult> call = Retry.decorateSupplier(retry,
                CircuitBreaker.decorateSupplier(circuitBreaker, () -> client.pay(instruction)));
        try {
            return call.get();
        } catch (CallNotPermittedException open) {
            log.warn("Bank payout circuit is open; payout {} not sent, retried later", instruction.payoutId());
            return BankPayoutResult.unavailable(CIRCUIT_OPEN);
        } catch (BankUnavailableException unavailable) {
            log.warn("Bank unavailable for payout {} after {} tries; retried later", instruction.payoutId(),
                    retry.getRetryConfig().getMaxAttempts());
            return BankPayoutResult.unavailable(UNAVAILABLE);
        } catch (RuntimeException unknown) {
            // Only the class: a bank's message may quote account details.
            log.warn("Bank payout {} failed ({}); retried later", instruction.payoutId(), unknown.getClass().getName());
            return BankPayoutResult.unavailable(ERROR);
        }
    }

    private boolean payeeShredded(PayoutInstruction instruction) {
        return sealing.map(s -> s.reveal(instruction.payee().holderName()).isEmpty()
                || s.reveal(instruction.payee().cardNumber()).isEmpty()).orElse(false);
    }
}
