package io.posflow.contracts.onboarding;

/** Who applies (O1): a person without licence, an individual business or an enterprise. */
public enum ApplicantType {
    PERSONAL, INDIVIDUAL_BUSINESS, ENTERPRISE
}
