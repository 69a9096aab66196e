package io.posflow.kyc.domain.kyccase;

import io.posflow.contracts.reasons.ReasonCode;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class KycCaseTest {

    private static final String APPLICATION = "app-1";
    private static final KycCaseId ROUND_1 = KycCaseId.of(SubjectType.APPLICATION, APPLICATION, 1);
    private static final Instant OPENED = Instant.parse("2026-11-22T02:00:00Z");
    private static final Instant DECIDED = Instant.parse("2026-11-22T02:00:05Z");
    private static final KycReason MISSING_PHONE =
            new KycReason(ReasonCode.MATERIAL_MISSING, "Required field settlementAccount.reservedPhone is missing.");

    private FixtureConfiguration<KycCase> fixture;

    @BeforeEach
    void fixture() {
        fixture = new AggregateTestFixture<>(KycCase.class);
    }

    @Test
    void K_aSubmittedRoundOpensItsCase() {
        fixture.givenNoPriorActivity()
                .when(open(1))
                .expectEvents(opened(ROUND_1, 1));
    }

    @Test
    void K_aCaseIsOpenedOncePerApplicationRound() {
        fixture.given(opened(ROUND_1, 1))
                .when(open(1))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void K_theNextRoundIsACaseOfItsOwn() {
        KycCaseId round2 = KycCaseId.of(SubjectType.APPLICATION, APPLICATION, 2);
        fixture.givenNoPriorActivity()
                .when(new OpenKycCase(round2, SubjectType.APPLICATION, APPLICATION, 2, OPENED))
                .expectEvents(opened(round2, 2));
    }

    @Test
    void K_aWellFormedApplicationPasses() {
        fixture.given(opened(ROUND_1, 1))
                .when(DecideKycCase.from(ROUND_1, KycVerdict.of(List.of()), DECIDED))
                .expectEvents(new KycCasePassed(ROUND_1, SubjectType.APPLICATION, APPLICATION, 1, DECIDED));
    }

    @Test
    void K_aDefiniteProblemFailsTheCaseWithItsReasons() {
        fixture.given(opened(ROUND_1, 1))
                .when(new DecideKycCase(ROUND_1, KycOutcome.FAIL, List.of(MISSING_PHONE), DECIDED))
                .expectEvents(new KycCaseFailed(ROUND_1, SubjectType.APPLICATION, APPLICATION, 1,
                        List.of(MISSING_PHONE), DECIDED));
    }

    @Test
    void K_anInconclusiveAnswerRefersTheCaseToAPerson() {
        KycReason face = new KycReason(ReasonCode.FACE_NOT_PASSED, "The face check did not pass.");
        fixture.given(opened(ROUND_1, 1))
                .when(new DecideKycCase(ROUND_1, KycOutcome.REFER, List.of(face), DECIDED))
                .expectEvents(new KycCaseReferred(ROUND_1, SubjectType.APPLICATION, APPLICATION, 1, List.of(face),
                        DECIDED));
    }

    @Test
    void K_aDecidedCaseCannotBeDecidedAgain() {
        fixture.given(opened(ROUND_1, 1),
                        new KycCasePassed(ROUND_1, SubjectType.APPLICATION, APPLICATION, 1, DECIDED))
                .when(new DecideKycCase(ROUND_1, KycOutcome.FAIL, List.of(MISSING_PHONE), DECIDED.plusSeconds(1)))
                .expectException(KycCaseAlreadyDecidedException.class)
                .expectNoEvents();
    }

    @Test
    void K_aCaseIdMustBeTheOneOfItsSubjectAndRound() {
        assertThatThrownBy(() -> new OpenKycCase(ROUND_1, SubjectType.APPLICATION, APPLICATION, 2, OPENED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void K_aPassedCaseHasNoReasonsAndAFailedOneHasSome() {
        assertThatThrownBy(() -> new DecideKycCase(ROUND_1, KycOutcome.PASS, List.of(MISSING_PHONE), DECIDED))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DecideKycCase(ROUND_1, KycOutcome.FAIL, List.of(), DECIDED))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static OpenKycCase open(int round) {
        return new OpenKycCase(KycCaseId.of(SubjectType.APPLICATION, APPLICATION, round), SubjectType.APPLICATION,
                APPLICATION, round, OPENED);
    }

    private static KycCaseOpened opened(KycCaseId caseId, int round) {
        return new KycCaseOpened(caseId, SubjectType.APPLICATION, APPLICATION, round, OPENED);
    }
}
