package io.posflow.settlement.adapter.provider;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.core.IntervalFunction;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValue;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.settlement.domain.merchant.SettlementAccountOnFile;
import io.posflow.settlement.domain.payout.BankPayoutResult;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.payout.PayoutInstruction;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class ResilientBankPayoutsTest {

    private static final PayoutInstruction INSTRUCTION = new PayoutInstruction(
            new PayoutId("SETTLEMENT:822110054110001:2026-11-23"),
            new SettlementAccountOnFile(AccountType.PERSONAL_CARD, new SealedValue("王**", "c2VhbGVk", "sim-2026"),
                    new SealedValue("622202*********0123", "c2VhbGVk", "sim-2026"), "中国工商银行", null),
            Money.ofFen(989_200));

    private final SimulatedBankPayouts bank =
            new SimulatedBankPayouts(Clock.fixed(Instant.parse("2026-11-23T02:00:00Z"), ZoneOffset.UTC));
    private final RetryRegistry retries = RetryRegistry.of(RetryConfig.custom().maxAttempts(3)
            .intervalFunction(IntervalFunction.ofExponentialBackoff(Duration.ofMillis(1), 2))
            .retryExceptions(BankUnavailableException.class)
            .ignoreExceptions(CallNotPermittedException.class).build());
    private final CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
            .slidingWindowSize(4).minimumNumberOfCalls(4).failureRateThreshold(50)
            .waitDurationInOpenState(Duration.ofHours(1)).build());

    @Test
    void S6_aTransientOutageIsRetriedInTheCallAndPaidOnce() {
        AtomicInteger calls = new AtomicInteger();
        BankPayoutClient flaky = instruction -> {
            if (calls.incrementAndGet() < 3) {
                throw new BankUnavailableException("down");
            }
            return bank.pay(instruction);
        };

        BankPayoutResult result = new ResilientBankPayouts(flaky, retries, breakers).pay(INSTRUCTION);

        assertThat(result).isEqualTo(BankPayoutResult.paid());
        assertThat(calls).hasValue(3);
        assertThat(bank.accepted()).singleElement().extracting(SimulatedBankPayouts.AcceptedPayout::payoutId)
                .isEqualTo(INSTRUCTION.payoutId().value());
    }

    @Test
    void S6_aBankDownThroughEveryRetryAnswersUnavailableSoTheAttemptIsRecordedAsFailed() {
        bank.setAvailable(false);

        BankPayoutResult result = new ResilientBankPayouts(bank, retries, breakers).pay(INSTRUCTION);

        assertThat(result).isEqualTo(BankPayoutResult.unavailable("BANK_UNAVAILABLE"));
        assertThat(bank.unreachableCalls()).isEqualTo(3);
        assertThat(bank.accepted()).isEmpty();
    }

    @Test
    void S6_anOpenCircuitSendsNothingToTheBankAndAnswersUnavailable() {
        bank.setAvailable(false);
        ResilientBankPayouts payouts = new ResilientBankPayouts(bank, retries, breakers);
        payouts.pay(INSTRUCTION);
        payouts.pay(INSTRUCTION); // 6 failed calls: the circuit opens
        long callsWhenOpened = bank.unreachableCalls();
        bank.setAvailable(true);

        BankPayoutResult result = payouts.pay(INSTRUCTION);

        assertThat(result).isEqualTo(BankPayoutResult.unavailable("BANK_CIRCUIT_OPEN"));
        assertThat(bank.unreachableCalls()).isEqualTo(callsWhenOpened);
        assertThat(bank.accepted()).isEmpty();
    }

    @Test
    void S6_aRefusalIsTheBanksAnswerAndIsNotRetriedInTheCall() {
        AtomicInteger calls = new AtomicInteger();
        BankPayoutClient refusing = instruction -> {
            calls.incrementAndGet();
            return BankPayoutResult.refused("ACCOUNT_REJECTED");
        };

        assertThat(new ResilientBankPayouts(refusing, retries, breakers).pay(INSTRUCTION))
                .isEqualTo(BankPayoutResult.refused("ACCOUNT_REJECTED"));
        assertThat(calls).hasValue(1);
    }

    @Test
    void S6_DESIGN4_aPayeeWhoseSubjectWasShreddedIsNeverSentToTheBank() {
        byte[] subjectKey = new byte[32];
        Map<String, byte[]> keys = new HashMap<>(Map.of("APP-1", subjectKey));
        SubjectSealing sealing = new SubjectSealing(new SealedValueCodec(Map.of("sim-2026", new byte[32]), "sim-2026"),
                SubjectSealing.SubjectKeys.of(id -> Optional.ofNullable(keys.get(id)), keys::get));
        PayoutInstruction stored = new PayoutInstruction(INSTRUCTION.payoutId(), new SettlementAccountOnFile(
                AccountType.PERSONAL_CARD, sealing.seal("APP-1", "王小明", Mask.NAME),
                sealing.seal("APP-1", "6222020200112230123", Mask.CARD_NUMBER), "中国工商银行", null),
                INSTRUCTION.amount());
        ResilientBankPayouts payouts = new ResilientBankPayouts(bank, retries, breakers, Optional.of(sealing));
        keys.remove("APP-1");

        assertThat(payouts.pay(stored)).isEqualTo(BankPayoutResult.payeeShredded());
        assertThat(bank.accepted()).isEmpty();
    }

    @Test
    void S6_DESIGN4_aPayeeStoredUnderItsSubjectsKeyIsPaid() {
        byte[] subjectKey = new byte[32];
        SubjectSealing sealing = new SubjectSealing(new SealedValueCodec(Map.of("sim-2026", new byte[32]), "sim-2026"),
                SubjectSealing.SubjectKeys.of(id -> Optional.of(subjectKey), id -> subjectKey));
        PayoutInstruction stored = new PayoutInstruction(INSTRUCTION.payoutId(), new SettlementAccountOnFile(
                AccountType.PERSONAL_CARD, sealing.seal("APP-1", "王小明", Mask.NAME),
                sealing.seal("APP-1", "6222020200112230123", Mask.CARD_NUMBER), "中国工商银行", null),
                INSTRUCTION.amount());

        assertThat(new ResilientBankPayouts(bank, retries, breakers, Optional.of(sealing)).pay(stored))
                .isEqualTo(BankPayoutResult.paid());
    }

    @Test
    void S6_theSimulatedBankPaysAPayoutIdOnceHoweverOftenItIsAsked() {
        bank.pay(INSTRUCTION);
        bank.pay(INSTRUCTION);

        assertThat(bank.accepted()).hasSize(1);
    }
}
