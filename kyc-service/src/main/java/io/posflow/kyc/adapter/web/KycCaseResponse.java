package io.posflow.kyc.adapter.web;

import io.posflow.kyc.domain.kyccase.KycCaseStatus;
import io.posflow.kyc.domain.kyccase.SubjectType;

import java.util.List;

/** {@code GET /api/v1/kyc-cases/{caseId}}. */
public record KycCaseResponse(String caseId, SubjectType subjectType, String subjectId, int round,
                              KycCaseStatus status, List<ReasonResponse> reasons) {

    public record ReasonResponse(String code, String message) {
    }
}
