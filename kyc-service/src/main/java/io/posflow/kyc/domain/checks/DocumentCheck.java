package io.posflow.kyc.domain.checks;

import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.Finding;
import io.posflow.kyc.domain.kyccase.KycCheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * K7: every uploaded material goes to the document check with its original file name. An illegible material
 * fails the round with {@code MATERIAL_BLURRY}, a scene that proves nothing with
 * {@code SCENE_PROOF_INSUFFICIENT} (both fixable: re-upload, or add a BUSINESS_VIDEO); an inconclusive answer
 * refers the case (O7). Messages name the material's kind, never its file name.
 */
public final class DocumentCheck implements KycCheck {

    private final DocumentInspector inspector;

    public DocumentCheck(DocumentInspector inspector) {
        this.inspector = Objects.requireNonNull(inspector, "inspector");
    }

    @Override
    public List<Finding> check(ApplicationDossier dossier) {
        List<Finding> findings = new ArrayList<>();
        for (Material material : dossier.materials()) {
            DocumentVerdict verdict = inspector.inspect(new DocumentToInspect(material.kind(), material.documentId(),
                    material.originalFileName(), material.contentType()));
            switch (verdict) {
                case OK -> {
                }
                case BLURRY -> findings.add(Finding.fail(ReasonCode.MATERIAL_BLURRY, "Material " + material.kind()
                        + " is not legible (blurry, glare or cropped): upload it again."));
                case NO_SCENE -> findings.add(Finding.fail(ReasonCode.SCENE_PROOF_INSUFFICIENT, "Material "
                        + material.kind() + " does not prove the business scene: upload another or add a"
                        + " BUSINESS_VIDEO."));
                case INCONCLUSIVE -> findings.add(Finding.refer(ReasonCode.MATERIAL_BLURRY,
                        "The document check of material " + material.kind() + " was inconclusive."));
            }
        }
        return findings;
    }
}
