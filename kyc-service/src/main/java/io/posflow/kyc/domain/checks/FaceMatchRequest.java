package io.posflow.kyc.domain.checks;

import io.posflow.contracts.pii.Mask;

import java.util.Objects;

/**
 * What the face check sends (K5), in clear: built inside the check just before the call and never kept.
 *
 * @param idNumber           whose ID photo to compare with
 * @param livenessDocumentId the FACE_LIVENESS capture in the object store
 * @param mobile             the applicant's registered phone, which face-verification services take with the
 *                           request (the simulator reads its test values from it, architecture §5)
 */
public record FaceMatchRequest(String idNumber, String livenessDocumentId, String mobile) {

    public FaceMatchRequest {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(livenessDocumentId, "livenessDocumentId");
        Objects.requireNonNull(mobile, "mobile");
    }

    @Override
    public String toString() {
        return "FaceMatchRequest[" + Mask.ID_NUMBER.apply(idNumber) + ", " + livenessDocumentId + ", "
                + Mask.PHONE.apply(mobile) + "]";
    }
}
