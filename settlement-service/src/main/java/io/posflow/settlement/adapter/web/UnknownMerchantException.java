package io.posflow.settlement.adapter.web;

import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;

/** Settlement has not seen this merchant's MerchantOnboarded (or the number is not a merchant number). */
class UnknownMerchantException extends NotFoundException {

    UnknownMerchantException() {
        super(GenericProblemCodes.NOT_FOUND, "No such merchant.");
    }
}
