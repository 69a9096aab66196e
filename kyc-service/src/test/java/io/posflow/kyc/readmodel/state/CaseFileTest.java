package io.posflow.kyc.readmodel.state;

import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.kyc.Dossiers;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.KycCaseId;
import io.posflow.kyc.domain.kyccase.SubjectType;
import org.junit.jupiter.api.Test;

import java.time.Instant;

import static io.posflow.kyc.Dossiers.anApplication;
import static org.assertj.core.api.Assertions.assertThat;

class CaseFileTest {

    @Test
    void theCaseFileGivesBackTheDossierWithItsValuesStillSealed() {
        ApplicationDossier dossier = anApplication().upload(MaterialKind.SCENE_PHOTO, "stall.png").build();

        CaseFile file = new CaseFile(KycCaseId.of(SubjectType.APPLICATION, "app-1", 1), dossier,
                Instant.parse("2026-11-22T02:00:00Z"));

        assertThat(file.dossier()).isEqualTo(dossier);
        assertThat(file.dossier().toString()).doesNotContain(Dossiers.PHONE, Dossiers.ID_NUMBER, Dossiers.NAME,
                "stall.png");
    }
}
