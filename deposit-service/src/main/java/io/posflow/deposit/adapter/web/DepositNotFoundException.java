package io.posflow.deposit.adapter.web;

import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;

/** No deposit is held for the serial number: unknown terminal, or its deposit swipe is not settled yet. */
public class DepositNotFoundException extends NotFoundException {

    public DepositNotFoundException() {
        super(GenericProblemCodes.NOT_FOUND, "No deposit is held for this serial number.");
    }
}
