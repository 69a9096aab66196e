package io.posflow.kyc.domain.kyccase;

/** A decided case is final; a resubmission opens the next round's case instead. */
public class KycCaseAlreadyDecidedException extends RuntimeException {

    public KycCaseAlreadyDecidedException(KycCaseId caseId, KycCaseStatus status) {
        super("KYC case " + caseId + " is already decided (" + status + ")");
    }
}
