package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.onboarding.domain.merchant.MerchantNo;
import io.posflow.onboarding.domain.merchant.MerchantNumbers;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static io.posflow.onboarding.domain.application.Applications.ID;
import static io.posflow.onboarding.domain.application.Applications.anyDetails;
import static io.posflow.onboarding.domain.application.Applications.anyDetailsWithMcc;
import static org.assertj.core.api.Assertions.assertThat;

class MerchantApplicationTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2026-11-22T02:15:30Z");
    private static final Instant DECIDED_AT = Instant.parse("2026-11-22T02:20:00Z");
    private static final Instant RESUBMITTED_AT = Instant.parse("2026-11-23T08:00:00Z");

    private static final String KEY = "applicant-key";
    private static final String REVIEWER = "ops-li";

    private final AtomicInteger lastSequence = new AtomicInteger();
    private final CountingQuota quota = new CountingQuota();
    private FixtureConfiguration<MerchantApplication> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(MerchantApplication.class);
        fixture.registerInjectableResource((MerchantNumbers) mcc ->
                MerchantNo.compose("484", "1100", mcc, lastSequence.incrementAndGet()));
        fixture.registerInjectableResource(quota);
    }

    /** O8 as the aggregate sees it: counts per applicant key, limits 3 applications and 2 merchants. */
    static final class CountingQuota implements ApplicantQuota {

        final Map<String, Integer> applications = new HashMap<>();
        final Map<String, Integer> merchants = new HashMap<>();

        @Override
        public void reserveApplication(String applicantKey) {
            if (applications.getOrDefault(applicantKey, 0) >= 3) {
                throw new ApplicationLimitReachedException();
            }
            applications.merge(applicantKey, 1, Integer::sum);
        }

        @Override
        public void releaseApplication(String applicantKey) {
            applications.merge(applicantKey, -1, Integer::sum);
        }

        @Override
        public boolean addMerchant(String applicantKey) {
            if (merchants.getOrDefault(applicantKey, 0) >= 2) {
                return false;
            }
            merchants.merge(applicantKey, 1, Integer::sum);
            return true;
        }
    }

    @Test
    void O7_aSubmittedApplicationIsUnderReviewInItsFirstRound() {
        ApplicationDetails details = anyDetails();
        fixture.givenNoPriorActivity()
                .when(new SubmitApplication(ID, details, KEY, false, SUBMITTED_AT))
                .expectEvents(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT, KEY))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.UNDER_REVIEW));
    }

    @Test
    void O7_aPassedKycApprovesTheApplication() {
        ApplicationDetails details = anyDetails();
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT, KEY))
                .when(new ApproveApplication(ID, 1, DECIDED_AT))
                .expectEvents(new ApplicationApproved(ID, 1, new MerchantNo("484110054110001"), details, DECIDED_AT));
    }

    @Test
    void O9_theMerchantNumberHasFifteenDigitsBuiltFromInstitutionAreaMccAndSequence() {
        ApplicationDetails details = anyDetailsWithMcc("5812");
        lastSequence.set(36);
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT, KEY))
                .when(new ApproveApplication(ID, 1, DECIDED_AT))
                .expectEvents(new ApplicationApproved(ID, 1, new MerchantNo("484" + "1100" + "5812" + "0037"),
                        details, DECIDED_AT));
    }

    @Test
    void O7_aVerdictForARoundOtherThanTheCurrentOneIsIgnored() {
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY))
                .when(new ApproveApplication(ID, 2, DECIDED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
        assertThat(lastSequence).as("no merchant number allocated").hasValue(0);
    }

    @Test
    void O7_fixableProblemsReturnTheApplicationWithTheirReasons() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.NAME_MISMATCH), Reason.of(ReasonCode.MATERIAL_BLURRY));
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY))
                .when(new ReturnApplication(ID, 1, reasons, DECIDED_AT))
                .expectEvents(new ApplicationReturned(ID, 1, reasons, DECIDED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.RETURNED));
    }

    @Test
    void O7_aBlacklistedApplicationIsRejected() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.BLACKLISTED));
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY))
                .when(new RejectApplication(ID, 1, reasons, DECIDED_AT))
                .expectEvents(new ApplicationRejected(ID, 1, reasons, DECIDED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.REJECTED));
    }

    @Test
    void O7_aFaceCheckNotPassedSendsTheApplicationToManualReview() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.FACE_NOT_PASSED));
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY))
                .when(new RouteToManualReview(ID, 1, reasons, DECIDED_AT))
                .expectEvents(new ApplicationInManualReview(ID, 1, reasons, DECIDED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.MANUAL_REVIEW));
    }

    @Test
    void O7_aDecidedApplicationIgnoresFurtherVerdictsOfItsRound() {
        ApplicationDetails details = anyDetails();
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT, KEY),
                        new ApplicationApproved(ID, 1, new MerchantNo("484110054110001"), details, DECIDED_AT))
                .when(new RejectApplication(ID, 1, List.of(Reason.of(ReasonCode.BLACKLISTED)), DECIDED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void O7_anApprovalRepeatedForTheSameRoundAllocatesNoSecondMerchantNumber() {
        ApplicationDetails details = anyDetails();
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT, KEY),
                        new ApplicationApproved(ID, 1, new MerchantNo("484110054110001"), details, DECIDED_AT))
                .when(new ApproveApplication(ID, 1, DECIDED_AT))
                .expectNoEvents();
        assertThat(lastSequence).hasValue(0);
    }

    @Test
    void O8_aSubmissionCountsAgainstTheApplicantsLimit() {
        fixture.givenNoPriorActivity()
                .when(new SubmitApplication(ID, anyDetails(), KEY, false, SUBMITTED_AT))
                .expectSuccessfulHandlerExecution();
        assertThat(quota.applications).containsEntry(KEY, 1);
    }

    @Test
    void O8_aFourthApplicationOfOneIdNumberIsRefusedAndRecordsNothing() {
        quota.applications.put(KEY, 3);
        fixture.givenNoPriorActivity()
                .when(new SubmitApplication(ID, anyDetails(), KEY, false, SUBMITTED_AT))
                .expectException(ApplicationLimitReachedException.class)
                .expectNoEvents();
    }

    @Test
    void O8_anApprovalBeyondTheMerchantLimitRejectsTheApplicationWithoutAMerchantNumber() {
        quota.merchants.put(KEY, 2);
        quota.applications.put(KEY, 1);
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY))
                .when(new ApproveApplication(ID, 1, DECIDED_AT))
                .expectEvents(new ApplicationRejected(ID, 1, List.of(Reason.of(ReasonCode.APPLICATION_LIMIT_REACHED,
                        "The ID number already has as many merchants as allowed.")), DECIDED_AT));
        assertThat(lastSequence).hasValue(0);
        assertThat(quota.applications).as("a rejected application no longer counts").containsEntry(KEY, 0);
    }

    @Test
    void O7_aBlacklistedApplicantIsRejectedAtOnceAndDoesNotCountAgainstTheLimit() {
        ApplicationDetails details = anyDetails();
        fixture.givenNoPriorActivity()
                .when(new SubmitApplication(ID, details, KEY, true, SUBMITTED_AT))
                .expectEvents(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT, KEY),
                        new ApplicationRejected(ID, 1, List.of(Reason.of(ReasonCode.BLACKLISTED)), SUBMITTED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.REJECTED));
        assertThat(quota.applications).doesNotContainKey(KEY);
    }

    @Test
    void O7_aReturnedApplicationIsResubmittedAsTheNextRoundUnderReview() {
        ApplicationDetails corrected = anyDetailsWithMcc("5812");
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY),
                        new ApplicationReturned(ID, 1, List.of(Reason.of(ReasonCode.MATERIAL_BLURRY)), DECIDED_AT))
                .when(new ResubmitApplication(ID, corrected, false, RESUBMITTED_AT))
                .expectEvents(new ApplicationResubmitted(ID, 2, corrected, RESUBMITTED_AT))
                .expectState(a -> assertThat(a).extracting("status").isEqualTo(ApplicationStatus.UNDER_REVIEW));
    }

    @Test
    void O7_aVerdictOfTheEarlierRoundIsIgnoredAfterAResubmission() {
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY),
                        new ApplicationReturned(ID, 1, List.of(Reason.of(ReasonCode.MATERIAL_BLURRY)), DECIDED_AT),
                        new ApplicationResubmitted(ID, 2, anyDetails(), RESUBMITTED_AT))
                .when(new ApproveApplication(ID, 1, RESUBMITTED_AT))
                .expectSuccessfulHandlerExecution()
                .expectNoEvents();
    }

    @Test
    void O7_onlyAReturnedApplicationCanBeResubmitted() {
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY))
                .when(new ResubmitApplication(ID, anyDetails(), false, RESUBMITTED_AT))
                .expectException(ApplicationStateException.class)
                .expectNoEvents();
    }

    @Test
    void O7_anOpsApprovalOfAManualReviewIsAuditedThenApprovesWithAMerchantNumber() {
        ApplicationDetails details = anyDetails();
        fixture.given(new ApplicationSubmitted(ID, 1, details, SUBMITTED_AT, KEY),
                        new ApplicationInManualReview(ID, 1, List.of(Reason.of(ReasonCode.FACE_NOT_PASSED)), DECIDED_AT))
                .when(new DecideReview(ID, ReviewDecision.APPROVE, List.of(), REVIEWER, RESUBMITTED_AT))
                .expectEvents(new ApplicationReviewDecided(ID, 1, ReviewDecision.APPROVE, List.of(), REVIEWER,
                                RESUBMITTED_AT),
                        new ApplicationApproved(ID, 1, new MerchantNo("484110054110001"), details, RESUBMITTED_AT));
    }

    @Test
    void O7_anOpsReturnOfAManualReviewIsAuditedAndReturnsWithItsReasons() {
        List<Reason> reasons = List.of(Reason.of(ReasonCode.SCENE_PROOF_INSUFFICIENT, "请补充门店视频"));
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY),
                        new ApplicationInManualReview(ID, 1, List.of(Reason.of(ReasonCode.FACE_NOT_PASSED)), DECIDED_AT))
                .when(new DecideReview(ID, ReviewDecision.RETURN, reasons, REVIEWER, RESUBMITTED_AT))
                .expectEvents(new ApplicationReviewDecided(ID, 1, ReviewDecision.RETURN, reasons, REVIEWER,
                                RESUBMITTED_AT),
                        new ApplicationReturned(ID, 1, reasons, RESUBMITTED_AT));
    }

    @Test
    void O7_anOpsRejectionOfAManualReviewIsFinalAndReleasesTheApplicantsPlace() {
        quota.applications.put(KEY, 1);
        List<Reason> reasons = List.of(Reason.of(ReasonCode.FACE_NOT_PASSED));
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY),
                        new ApplicationInManualReview(ID, 1, reasons, DECIDED_AT))
                .when(new DecideReview(ID, ReviewDecision.REJECT, reasons, REVIEWER, RESUBMITTED_AT))
                .expectEvents(new ApplicationReviewDecided(ID, 1, ReviewDecision.REJECT, reasons, REVIEWER,
                                RESUBMITTED_AT),
                        new ApplicationRejected(ID, 1, reasons, RESUBMITTED_AT));
        assertThat(quota.applications).containsEntry(KEY, 0);
    }

    @Test
    void O7_onlyAnApplicationInManualReviewCanBeDecidedByOps() {
        fixture.given(new ApplicationSubmitted(ID, 1, anyDetails(), SUBMITTED_AT, KEY))
                .when(new DecideReview(ID, ReviewDecision.APPROVE, List.of(), REVIEWER, RESUBMITTED_AT))
                .expectException(ApplicationStateException.class)
                .expectNoEvents();
    }
}
