package io.posflow.kyc.domain.checks;

import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.kyc.adapter.provider.SimulatedProviders;
import io.posflow.kyc.domain.kyccase.Finding;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.posflow.kyc.Dossiers.anApplication;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentCheckTest {

    private final SimulatedProviders simulators = new SimulatedProviders(Duration.ofSeconds(5));
    private final List<DocumentToInspect> sent = new ArrayList<>();
    private final DocumentCheck check = new DocumentCheck(document -> {
        sent.add(document);
        return simulators.documents().inspect(document);
    });

    @Test
    void K7_legibleDocumentsPass() {
        assertThat(check.check(anApplication().build())).isEmpty();
    }

    @Test
    void K7_everyMaterialIsInspectedWithItsOriginalFileName() {
        check.check(anApplication().upload(MaterialKind.SCENE_PHOTO, "stall-2026.png").build());

        assertThat(sent).hasSize(5).contains(new DocumentToInspect(MaterialKind.SCENE_PHOTO, "doc-scene_photo",
                "stall-2026.png", "image/jpeg"));
    }

    @Test
    void K7_aBlurryDocumentFailsTheRound() {
        assertThat(check.check(anApplication().upload(MaterialKind.ID_FRONT, "IMG_blurry_front.jpg").build()))
                .containsExactly(Finding.fail(ReasonCode.MATERIAL_BLURRY,
                        "Material ID_FRONT is not legible (blurry, glare or cropped): upload it again."));
    }

    @Test
    void K7_aSceneThatProvesNothingFailsWithSceneProofInsufficientNamingTheKind() {
        assertThat(check.check(anApplication().upload(MaterialKind.SCENE_PHOTO, "noscene.jpg").build()))
                .containsExactly(Finding.fail(ReasonCode.SCENE_PROOF_INSUFFICIENT, "Material SCENE_PHOTO does not"
                        + " prove the business scene: upload another or add a BUSINESS_VIDEO."));
    }

    @Test
    void K7_O7_anInconclusiveAnswerIsReferred() {
        DocumentCheck unsure = new DocumentCheck(document -> document.kind() == MaterialKind.BANK_CARD
                ? DocumentVerdict.INCONCLUSIVE : DocumentVerdict.OK);

        assertThat(unsure.check(anApplication().build())).containsExactly(Finding.refer(ReasonCode.MATERIAL_BLURRY,
                "The document check of material BANK_CARD was inconclusive."));
    }

    @Test
    void K7_aDocumentCheckThatGivesNoAnswerMakesTheCheckThrowNeverFind() {
        simulators.provider(DocumentInspector.PROVIDER).orElseThrow().setAvailable(false);

        assertThatThrownBy(() -> check.check(anApplication().build())).isInstanceOf(ProviderUnavailableException.class);
    }
}
