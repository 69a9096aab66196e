package io.posflow.onboarding.domain.application;

/** O8: the ID number already has as many applications or merchants as allowed. */
public class ApplicationLimitReachedException extends RuntimeException {

    public ApplicationLimitReachedException() {
        super("The ID number has reached its limit of applications or merchants (O8)");
    }
}
