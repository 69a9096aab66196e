package io.posflow.onboarding.domain.application;

/** The request does not fit the application's status, e.g. a resubmission of an application that was not RETURNED. */
public class ApplicationStateException extends RuntimeException {

    private final ApplicationStatus status;

    public ApplicationStateException(ApplicationStatus status, String message) {
        super(message);
        this.status = status;
    }

    public ApplicationStatus status() {
        return status;
    }
}
