package io.posflow.kyc.usecase;

import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.pii.SubjectSealing;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.kyc.Dossiers;
import io.posflow.kyc.domain.checks.MicroDepositOrder;
import io.posflow.kyc.domain.checks.MicroDepositVerification;
import io.posflow.kyc.domain.checks.ProviderUnavailableException;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.AwaitMicroDeposit;
import io.posflow.kyc.domain.kyccase.DecideKycCase;
import io.posflow.kyc.domain.kyccase.Finding;
import io.posflow.kyc.domain.kyccase.KycCaseId;
import io.posflow.kyc.domain.kyccase.KycCaseStatus;
import io.posflow.kyc.domain.kyccase.KycCheck;
import io.posflow.kyc.domain.kyccase.KycOutcome;
import io.posflow.kyc.domain.kyccase.KycReason;
import io.posflow.kyc.domain.kyccase.MicroDepositTerms;
import io.posflow.kyc.domain.kyccase.SealedField;
import io.posflow.kyc.domain.kyccase.SubjectType;
import io.posflow.kyc.domain.kyccase.WellFormedApplicationCheck;
import io.posflow.kyc.readmodel.state.CaseFile;
import io.posflow.kyc.readmodel.state.CaseFileRepository;
import io.posflow.kyc.readmodel.state.KycCaseView;
import io.posflow.kyc.readmodel.state.KycCaseViewRepository;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.platform.duework.DueWorkScheduler;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static io.posflow.kyc.Dossiers.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class KycDecisionWorkTest {

    private static final Instant NOW = Instant.parse("2026-11-22T02:00:05Z");
    private static final KycCaseId CASE = KycCaseId.of(SubjectType.APPLICATION, "app-1", 1);

    private final CaseFileRepository caseFiles = mock(CaseFileRepository.class);
    private final KycCaseViewRepository cases = mock(KycCaseViewRepository.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final List<MicroDepositOrder> paid = new ArrayList<>();
    private final MicroDepositVerification microDeposits = new MicroDepositVerification(order -> {
        paid.add(order);
        return order.amountFen();
    }, Dossiers.SEALING, () -> 37);
    private final DueWorkScheduler scheduler = mock(DueWorkScheduler.class);

    @BeforeEach
    void anOpenCase() {
        KycCaseView view = mock(KycCaseView.class);
        when(view.status()).thenReturn(KycCaseStatus.OPEN);
        when(view.subjectType()).thenReturn(SubjectType.APPLICATION);
        when(cases.findById(CASE.value())).thenReturn(Optional.of(view));
    }

    @Test
    void aWellFormedApplicationIsDecidedPassedAtTheClocksTime() {
        file(anApplication().build());

        DueWorkOutcome outcome = work(new WellFormedApplicationCheck()).run(due());

        assertThat(outcome).isEqualTo(DueWorkOutcome.done());
        verify(commands).sendAndWait(new DecideKycCase(CASE, KycOutcome.PASS, List.of(), NOW));
    }

    @Test
    void aMissingSealedFieldFailsTheCaseWithTheFindingAsReason() {
        file(anApplication().without(SealedField.RESERVED_PHONE).build());

        work(new WellFormedApplicationCheck()).run(due());

        verify(commands).sendAndWait(new DecideKycCase(CASE, KycOutcome.FAIL, List.of(new KycReason(
                ReasonCode.MATERIAL_MISSING, "Required field settlementAccount.reservedPhone is missing.")), NOW));
    }

    @Test
    void findingsOfEveryCheckCountAndAFailureWinsOverAReferral() {
        file(anApplication().without(SealedField.RESERVED_PHONE).build());
        KycCheck face = dossier -> List.of(Finding.refer(ReasonCode.FACE_NOT_PASSED, "The face check did not pass."));

        work(face).run(due());
        verify(commands).sendAndWait(new DecideKycCase(CASE, KycOutcome.REFER, List.of(new KycReason(
                ReasonCode.FACE_NOT_PASSED, "The face check did not pass.")), NOW));

        work(face, new WellFormedApplicationCheck()).run(due());
        verify(commands).sendAndWait(new DecideKycCase(CASE, KycOutcome.FAIL, List.of(new KycReason(
                ReasonCode.MATERIAL_MISSING, "Required field settlementAccount.reservedPhone is missing.")), NOW));
    }

    @Test
    void aCheckThatCannotAnswerLeavesTheCaseOpenForARetry() {
        file(anApplication().build());
        KycCheck down = dossier -> {
            throw new IllegalStateException("provider unavailable");
        };

        assertThatThrownBy(() -> work(down).run(due())).isInstanceOf(IllegalStateException.class);
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void aCaseDecidedMeanwhileIsLeftAlone() {
        KycCaseView decided = mock(KycCaseView.class);
        when(decided.status()).thenReturn(KycCaseStatus.PASSED);
        when(cases.findById(CASE.value())).thenReturn(Optional.of(decided));

        assertThat(work(new WellFormedApplicationCheck()).run(due())).isEqualTo(DueWorkOutcome.done());
        verify(commands, never()).sendAndWait(any());
    }

    /** The filed test dossiers are sealed for transport: they reach the checks as they are. */
    private static final SubjectSealing SEALING = new SubjectSealing(
            new SealedValueCodec(Map.of("t", new byte[32]), "t"), new SubjectSealing.SubjectKeys() {
                @Override
                public Optional<byte[]> find(String subjectId) {
                    return Optional.empty();
                }

                @Override
                public byte[] findOrCreate(String subjectId) {
                    throw new UnsupportedOperationException("nothing is stored here");
                }
            });

    @Test
    void K10_aCorporateAccountIsSentAMicroDepositAndTheCaseWaitsThreeDaysForTheAnswer() {
        file(anApplication().type(ApplicantType.ENTERPRISE).corporateAccount().build());

        work(new WellFormedApplicationCheck()).run(due());

        assertThat(paid).singleElement().satisfies(order -> {
            assertThat(order.payoutId()).isEqualTo(CASE.value());
            assertThat(order.accountNumber()).isEqualTo(Dossiers.CARD_NUMBER);
            assertThat(order.toString()).doesNotContain(Dossiers.CARD_NUMBER, "37");
        });
        Instant answerBy = NOW.plus(Duration.ofDays(3));
        verify(commands).sendAndWait(new AwaitMicroDeposit(CASE, 37, NOW, answerBy, List.of()));
        verify(scheduler).schedule(MicroDepositExpiryWork.KIND, CASE.value(), answerBy, CASE.value());
    }

    @Test
    void K10_aCorporateAccountWhoseOtherChecksFailGetsNoMicroDeposit() {
        file(anApplication().type(ApplicantType.ENTERPRISE).corporateAccount()
                .without(SealedField.AGREEMENT_SIGNED_NAME).build());

        work(new WellFormedApplicationCheck()).run(due());

        assertThat(paid).isEmpty();
        verify(commands).sendAndWait(new DecideKycCase(CASE, KycOutcome.FAIL, List.of(new KycReason(
                ReasonCode.MATERIAL_MISSING, "Required field agreement.signedName is missing.")), NOW));
    }

    @Test
    void K10_aPayoutThatFailsLeavesTheCaseOpenForARetry() {
        file(anApplication().type(ApplicantType.ENTERPRISE).corporateAccount().build());
        MicroDepositVerification down = new MicroDepositVerification(order -> {
            throw new ProviderUnavailableException("bank-payouts", "unreachable after 3 attempts");
        }, Dossiers.SEALING, () -> 37);

        assertThatThrownBy(() -> new KycDecisionWork(caseFiles, SEALING, cases, List.of(), commands, clock, down, scheduler,
                new MicroDepositTerms(Duration.ofDays(3), 3))
                .run(due())).isInstanceOf(ProviderUnavailableException.class);
        verify(commands, never()).sendAndWait(any());
    }

    @Test
    void O10_anAccountChangeIsNotFaceMatchedAgain() {
        KycCaseView change = mock(KycCaseView.class);
        when(change.status()).thenReturn(KycCaseStatus.OPEN);
        when(change.subjectType()).thenReturn(SubjectType.ACCOUNT_CHANGE);
        when(cases.findById(CASE.value())).thenReturn(Optional.of(change));
        file(anApplication().build());
        KycCheck face = new KycCheck() {
            @Override
            public List<Finding> check(ApplicationDossier dossier) {
                return List.of(Finding.refer(ReasonCode.FACE_NOT_PASSED, "The face check did not pass."));
            }

            @Override
            public boolean checksAccountChanges() {
                return false;
            }
        };

        work(face).run(due());

        verify(commands).sendAndWait(new DecideKycCase(CASE, KycOutcome.PASS, List.of(), NOW));
    }

    private KycDecisionWork work(KycCheck... checks) {
        return new KycDecisionWork(caseFiles, SEALING, cases, List.of(checks), commands, clock, microDeposits, scheduler,
                new MicroDepositTerms(Duration.ofDays(3), 3));
    }

    private void file(ApplicationDossier dossier) {
        when(caseFiles.findById(CASE.value())).thenReturn(Optional.of(new CaseFile(CASE, dossier, NOW)));
    }

    /** DueWork has no public constructor; the handler reads only its payload. */
    private static DueWork due() {
        DueWork work = mock(DueWork.class);
        when(work.kind()).thenReturn(KycDecisionWork.KIND);
        when(work.key()).thenReturn(CASE.value());
        when(work.payload()).thenReturn(CASE.value());
        return work;
    }
}
