package io.posflow.onboarding.adapter.web;

import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;

class ApplicationNotFoundException extends NotFoundException {

    ApplicationNotFoundException() {
        super(GenericProblemCodes.NOT_FOUND, "No such application.");
    }
}
