package io.posflow.onboarding.application;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.merchant.MerchantNo;
import io.posflow.onboarding.merchant.MerchantNumbers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static io.posflow.onboarding.application.Applications.ID;
import static io.posflow.onboarding.application.Applications.anyDetails;
import static io.posflow.onboarding.application.Applications.anyDetailsWithMcc;
import static org.assertj.core.api.Assertions.assertThat;

class MerchantApplicationTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-11-22T02:15:30Z");
    private static final Instant DECIDED_AT = Instant.parse("2026-11-22T02:20:00Z");

    private final AtomicInteger lastSequence = new AtomicInteger();
    private FixtureConfiguration<MerchantApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MerchantApplication.class);
        fixture.registerInjectableResource((MerchantNumbers) mcc ->
                MerchantNo.compose("484", "1100", mcc, lastSequence.incrementAndGet()));
    }

    @Test
    void O7_aSubmittedApplicationIsUnderReviewInItsFirstRound() {
        ApplicationDetails details = anyDetails();
        fixture.givenNoPriorActivity()
                .when(new SubmitApplication(ID, details, SUBMITTED_AT))
                .expectEvents(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.UNDER_REVIEW));
    }

    @Test
    void O7_aPassedKycApprovesTheApplication() {
        ApplicationDetails details = anyDetails();
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT))
                .when(new ApproveApplication(ID, 1, DECIDED_AT))
                .expectEvents(new ApplicationApproved(ID, 1, new MerchantNo("484110054110001"), details, DECIDED_AT));
    }

    @Test
    void O9_theMerchantNumberHasFifteenDigitsBuiltFromInstitutionAreaMccAndSequence() {
        ApplicationDetails details = anyDetailsWithMcc("5812");
        lastSequence.set(36);
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT))
                .when(new ApproveApplication(ID, 1, DECIDED_AT))
                .expectEvents(new ApplicationApproved(ID, 1, new MerchantNo("484" + "1100" + "5812" + "0037"),
                        details, DECIDED_AT));
    }

    @Test
    void O7_aVerdictForARoundOtherThanTheCurrentOneIsIgnored() {
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT))
                .when(new ApproveApplication(ID, 2, DECIDED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(lastSequence).as("no merchant number allocated").hasValue(0);
    }

    @Test
    void O7_fixableProblemsReturnTheApplicationWithTheirReasons() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.NAME_MISMATCH), Reason.of(ReasonCode.MATERIAL_BLURRY));
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT))
                .when(new ReturnApplication(ID, 1, reasons, DECIDED_AT))
                .expectEvents(new ApplicationReturned(ID, 1, reasons, DECIDED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.RETURNED));
    }

    @Test
    void O7_aBlacklistedApplicationIsRejected() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.BLACKLISTED));
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT))
                .when(new RejectApplication(ID, 1, reasons, DECIDED_AT))
                .expectEvents(new ApplicationRejected(ID, 1, reasons, DECIDED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.REJECTED));
    }

    @Test
    void O7_aFaceCheckNotPassedSendsTheApplicationToManualReview() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.FACE_NOT_PASSED));
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT))
                .when(new RouteToManualReview(ID, 1, reasons, DECIDED_AT))
                .expectEvents(new ApplicationInManualReview(ID, 1, reasons, DECIDED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.MANUAL_REVIEW));
    }

    @Test
    void O7_aDecidedApplicationIgnoresFurtherVerdictsOfItsRound() {
        ApplicationDetails details = anyDetails();
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT),
                        new ApplicationApproved(ID, 1, new MerchantNo("484110054110001"), details, DECIDED_AT))
                .when(new RejectApplication(ID, 1, List.of(Reason.of(ReasonCode.BLACKLISTED)), DECIDED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void O7_anApprovalRepeatedForTheSameRoundAllocatesNoSecondMerchantNumber() {
        ApplicationDetails details = anyDetails();
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT),
                        new ApplicationApproved(ID, 1, new MerchantNo("484110054110001"), details, DECIDED_AT))
                .when(new ApproveApplication(ID, 1, DECIDED_AT))
                .expectNoEvents();
        assertThat(lastSequence).hasValue(0);
    }
}
