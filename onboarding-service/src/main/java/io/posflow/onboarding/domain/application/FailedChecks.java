package io.posflow.onboarding.domain.application;

import io.posflow.contracts.reasons.Reason;
import io.posflow.contracts.reasons.ReasonCode;

import java.util.List;

/** O7: which failed KYC checks end an application and which the applicant can fix. */
public final class FailedChecks {

    private FailedChecks() {
    }

    /** A blacklisted ID or credit code is final (REJECTED); anything else can be fixed (RETURNED). */
    public static boolean areFinal(List<Reason> reasons) {
        return reasons.stream().anyMatch(r -> r.code() == ReasonCode.BLACKLISTED);
    }
}
