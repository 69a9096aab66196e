package io.posflow.kyc.domain.kyccase;

import io.posflow.contracts.reasons.ReasonCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** K10: a corporate account's case waits for the merchant to state the micro-deposit. */
class KycCaseMicroDepositTest {

    private static final String CHANGE = "5d1f0e1c-7a53-4d2b-9a77-2c0c6b1f8e01";
    private static final KycCaseId CASE = KycCaseId.of(SubjectType.ACCOUNT_CHANGE, CHANGE, 1);
    private static final Instant OPENED = Instant.parse("2026-11-22T02:00:00Z");
    private static final Instant SENT = Instant.parse("2026-11-22T02:00:05Z");
    private static final Instant ANSWER_BY = SENT.plus(Duration.ofDays(3));
    private static final long AMOUNT_FEN = 37;
    private static final int MAX_WRONG = 3;
    private static final KycReason INCONCLUSIVE =
            new KycReason(ReasonCode.MATERIAL_BLURRY, "The document check was inconclusive.");

    private FixtureConfiguration<KycCase> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(KycCase.class);
    }

    @Test
    void K10_anOpenCaseWaitsForTheAnswerOnceTheMicroDepositIsSent() {
        fixture.given(opened())
                .when(new AwaitMicroDeposit(CASE, AMOUNT_FEN, SENT, ANSWER_BY, List.of()))
                .expectEvents(sent(List.of()));
    }

    @Test
    void K10_theRightAmountPassesTheCase() {
        Instant at = SENT.plus(Duration.ofHours(5));
        fixture.given(opened(), sent(List.of()))
                .when(answer(AMOUNT_FEN, at))
                .expectEvents(new MicroDepositConfirmed(CASE, at),
                        new KycCasePassed(CASE, SubjectType.ACCOUNT_CHANGE, CHANGE, 1, at));
    }

    @Test
    void K10_theRightAmountAfterAWrongOnePassesTheCase() {
        Instant at = SENT.plus(Duration.ofHours(5));
        fixture.given(opened(), sent(List.of()), new MicroDepositAnswerWrong(CASE, 1, SENT.plusSeconds(60)))
                .when(answer(AMOUNT_FEN, at))
                .expectEvents(new MicroDepositConfirmed(CASE, at),
                        new KycCasePassed(CASE, SubjectType.ACCOUNT_CHANGE, CHANGE, 1, at));
    }

    @Test
    void K10_aConfirmedAccountIsReferredWithWhatTheOtherChecksReferred() {
        Instant at = SENT.plus(Duration.ofHours(5));
        fixture.given(opened(), sent(List.of(INCONCLUSIVE)))
                .when(answer(AMOUNT_FEN, at))
                .expectEvents(new MicroDepositConfirmed(CASE, at),
                        new KycCaseReferred(CASE, SubjectType.ACCOUNT_CHANGE, CHANGE, 1, List.of(INCONCLUSIVE), at));
    }

    @Test
    void K10_aWrongAmountIsCountedAndTheCaseKeepsWaiting() {
        Instant at = SENT.plusSeconds(60);
        fixture.given(opened(), sent(List.of()))
                .when(answer(AMOUNT_FEN + 1, at))
                .expectEvents(new MicroDepositAnswerWrong(CASE, 1, at));
    }

    @Test
    void K10_theThirdWrongAmountFailsTheCaseAccountNotVerified() {
        Instant at = SENT.plusSeconds(180);
        fixture.given(opened(), sent(List.of()), new MicroDepositAnswerWrong(CASE, 1, SENT.plusSeconds(60)),
                        new MicroDepositAnswerWrong(CASE, 2, SENT.plusSeconds(120)))
                .when(answer(AMOUNT_FEN - 1, at))
                .expectEvents(new MicroDepositAnswerWrong(CASE, 3, at),
                        new KycCaseFailed(CASE, SubjectType.ACCOUNT_CHANGE, CHANGE, 1, List.of(new KycReason(
                                ReasonCode.ACCOUNT_NOT_VERIFIED,
                                "The micro-deposit amount was stated wrongly 3 times.")), at));
    }

    @Test
    void K10_noRightAnswerWithinThreeDaysOnTheClockFailsTheCaseAccountNotVerified() {
        fixture.given(opened(), sent(List.of()), new MicroDepositAnswerWrong(CASE, 1, SENT.plusSeconds(60)))
                .when(new ExpireMicroDeposit(CASE, ANSWER_BY))
                .expectEvents(new KycCaseFailed(CASE, SubjectType.ACCOUNT_CHANGE, CHANGE, 1, List.of(new KycReason(
                        ReasonCode.ACCOUNT_NOT_VERIFIED, "The micro-deposit was not confirmed in time.")), ANSWER_BY));
    }

    @Test
    void K10_theExpiryBeforeTheWindowClosesChangesNothing() {
        fixture.given(opened(), sent(List.of()))
                .when(new ExpireMicroDeposit(CASE, ANSWER_BY.minusSeconds(1)))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void K10_theExpiryOfAConfirmedCaseChangesNothing() {
        Instant at = SENT.plus(Duration.ofHours(5));
        fixture.given(opened(), sent(List.of()), new MicroDepositConfirmed(CASE, at),
                        new KycCasePassed(CASE, SubjectType.ACCOUNT_CHANGE, CHANGE, 1, at))
                .when(new ExpireMicroDeposit(CASE, ANSWER_BY))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void K10_theRightAmountAfterTheWindowClosedFailsTheCase() {
        fixture.given(opened(), sent(List.of()))
                .when(answer(AMOUNT_FEN, ANSWER_BY.plusSeconds(1)))
                .expectEvents(new KycCaseFailed(CASE, SubjectType.ACCOUNT_CHANGE, CHANGE, 1, List.of(new KycReason(
                        ReasonCode.ACCOUNT_NOT_VERIFIED, "The micro-deposit was not confirmed in time.")),
                        ANSWER_BY.plusSeconds(1)));
    }

    @Test
    void K10_anAnswerBeforeTheMicroDepositWasSentChangesNothing() {
        fixture.given(opened())
                .when(answer(AMOUNT_FEN, SENT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void K10_aRetriedDecisionDoesNotSendASecondMicroDeposit() {
        fixture.given(opened(), sent(List.of()))
                .when(new AwaitMicroDeposit(CASE, 52, SENT.plusSeconds(2), ANSWER_BY.plusSeconds(2), List.of()))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void K10_aCaseWaitingForItsMicroDepositIsNotDecidedByTheChecksAgain() {
        fixture.given(opened(), sent(List.of()))
                .when(DecideKycCase.from(CASE, KycVerdict.of(List.of()), SENT))
                .expectException(KycCaseAlreadyDecidedException.class);
    }

    private static KycCaseOpened opened() {
        return new KycCaseOpened(CASE, SubjectType.ACCOUNT_CHANGE, CHANGE, 1, OPENED);
    }

    private static MicroDepositSent sent(List<KycReason> referrals) {
        return new MicroDepositSent(CASE, AMOUNT_FEN, SENT, ANSWER_BY, referrals);
    }

    private static AnswerMicroDeposit answer(long amountFen, Instant at) {
        return new AnswerMicroDeposit(CASE, amountFen, at, MAX_WRONG);
    }
}
