package io.posflow.kyc.domain.checks;

import io.posflow.contracts.onboarding.Channel;
import io.posflow.contracts.onboarding.Material;
import io.posflow.contracts.onboarding.MaterialKind;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.reasons.ReasonCode;
import io.posflow.kyc.domain.kyccase.ApplicationDossier;
import io.posflow.kyc.domain.kyccase.Finding;
import io.posflow.kyc.domain.kyccase.KycCheck;
import io.posflow.kyc.domain.kyccase.SealedField;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * K5: the provider scores the FACE_LIVENESS capture against the ID photo; a score below the threshold
 * (config) is "not passed" and refers the case to ops with {@code FACE_NOT_PASSED}, as does an inconclusive
 * answer (O7). K9: a PARTNER_BANK application was attested in person, so its face check is waived. A
 * missing capture on another channel is fixable (MATERIAL_MISSING).
 */
public final class FaceMatchCheck implements KycCheck {

    private final FaceMatcher faces;
    private final SealedValueCodec sealing;
    private final int threshold;

    public FaceMatchCheck(FaceMatcher faces, SealedValueCodec sealing, int threshold) {
        this.faces = Objects.requireNonNull(faces, "faces");
        this.sealing = Objects.requireNonNull(sealing, "sealing");
        if (threshold < 0 || threshold > 100) {
            throw new IllegalArgumentException("a face threshold is 0..100: " + threshold);
        }
        this.threshold = threshold;
    }

    /** O10: an account change is not a new face to match; the merchant's identity was checked on application. */
    @Override
    public boolean checksAccountChanges() {
        return false;
    }

    @Override
    public List<Finding> check(ApplicationDossier dossier) {
        if (dossier.channel() == Channel.PARTNER_BANK) {
            return List.of(); // K9
        }
        if (!dossier.carriesAll(SealedField.APPLICANT_ID_NUMBER, SealedField.APPLICANT_PHONE)) {
            return List.of(); // WellFormedApplicationCheck's finding
        }
        Optional<Material> capture = dossier.material(MaterialKind.FACE_LIVENESS);
        if (capture.isEmpty()) {
            return List.of(Finding.fail(ReasonCode.MATERIAL_MISSING,
                    "Required material " + MaterialKind.FACE_LIVENESS + " is missing."));
        }
        FaceMatchResult result = faces.match(new FaceMatchRequest(
                sealing.unseal(dossier.sealed(SealedField.APPLICANT_ID_NUMBER)).trim(),
                capture.get().documentId(),
                sealing.unseal(dossier.sealed(SealedField.APPLICANT_PHONE)).trim()));
        if (!result.conclusive()) {
            return List.of(Finding.refer(ReasonCode.FACE_NOT_PASSED, "The face check was inconclusive."));
        }
        if (result.score() < threshold) {
            return List.of(Finding.refer(ReasonCode.FACE_NOT_PASSED, "The face check did not pass: score "
                    + result.score() + " is below the threshold " + threshold + "."));
        }
        return List.of();
    }
}
