package io.posflow.kyc.adapter.web;

import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;

public class KycCaseNotFoundException extends NotFoundException {

    public KycCaseNotFoundException(String caseId) {
        super(GenericProblemCodes.NOT_FOUND, "No KYC case " + caseId + ".");
    }
}
