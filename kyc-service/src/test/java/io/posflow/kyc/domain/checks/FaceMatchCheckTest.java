package io.posflow.kyc.domain.checks;

import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.kyc.Dossiers;
import io.posflow.kyc.adapter.provider.SimulatedProviders;
import io.posflow.kyc.domain.kyccase.Finding;
import io.posflow.kyc.domain.kyccase.KycOutcome;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.posflow.kyc.Dossiers.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FaceMatchCheckTest {

    private static final int THRESHOLD = 80;

    private final SimulatedProviders simulators = new SimulatedProviders(Duration.ofSeconds(5));
    private final List<FaceMatchRequest> sent = new ArrayList<>();
    private final FaceMatchCheck check = new FaceMatchCheck(request -> {
        sent.add(request);
        return simulators.face().match(request);
    }, Dossiers.SEALING, THRESHOLD);

    @Test
    void K5_aFaceTheProviderScoresAboveTheThresholdPasses() {
        assertThat(check.check(anApplication().build())).isEmpty();
    }

    @Test
    void K5_theProviderComparesTheLivenessCaptureWithTheClearIdNumber() {
        check.check(anApplication().build());

        assertThat(sent).containsExactly(new FaceMatchRequest(Dossiers.ID_NUMBER, "doc-face_liveness", Dossiers.PHONE));
        assertThat(sent.get(0).toString()).doesNotContain(Dossiers.ID_NUMBER, Dossiers.PHONE);
    }

    @Test
    void K5_aPhoneEnding0001IsReferredWithFaceNotPassed() {
        assertThat(check.check(anApplication().phone("13800130001").build())).containsExactly(Finding.refer(
                ReasonCode.FACE_NOT_PASSED, "The face check did not pass: score 35 is below the threshold 80."));
    }

    @Test
    void K5_aScoreAtTheConfiguredThresholdPassesAndOneBelowIsReferred() {
        assertThat(new FaceMatchCheck(request -> FaceMatchResult.scored(80), Dossiers.SEALING, 80)
                .check(anApplication().build())).isEmpty();
        assertThat(new FaceMatchCheck(request -> FaceMatchResult.scored(79), Dossiers.SEALING, 80)
                .check(anApplication().build())).extracting(Finding::consequence)
                .containsExactly(KycOutcome.REFER);
    }

    @Test
    void K5_O7_aPhoneEnding0004IsReferredAsInconclusive() {
        assertThat(check.check(anApplication().phone("13800130004").build())).containsExactly(Finding.refer(
                ReasonCode.FACE_NOT_PASSED, "The face check was inconclusive."));
    }

    @Test
    void K9_aPartnerBankApplicationSkipsTheFaceCheck() {
        assertThat(check.check(anApplication().channel(Channel.PARTNER_BANK)
                .withoutMaterial(MaterialKind.FACE_LIVENESS).phone("13800130001").build())).isEmpty();
        assertThat(sent).isEmpty();
    }

    @Test
    void K9_anAgentApplicationIsNotWaived() {
        assertThat(check.check(anApplication().channel(Channel.AGENT).phone("13800130001").build()))
                .extracting(f -> f.reason().code()).containsExactly(ReasonCode.FACE_NOT_PASSED);
    }

    @Test
    void K5_anOnlineApplicationWithoutALivenessCaptureFailsWithMaterialMissing() {
        assertThat(check.check(anApplication().withoutMaterial(MaterialKind.FACE_LIVENESS).build()))
                .containsExactly(Finding.fail(ReasonCode.MATERIAL_MISSING,
                        "Required material FACE_LIVENESS is missing."));
        assertThat(sent).isEmpty();
    }

    @Test
    void K5_aFaceProviderThatGivesNoAnswerMakesTheCheckThrowNeverFind() {
        simulators.provider(FaceMatcher.PROVIDER).orElseThrow().setAvailable(false);

        assertThatThrownBy(() -> check.check(anApplication().build())).isInstanceOf(ProviderUnavailableException.class);
    }
}
