package io.posflow.terminal.domain.terminal;

/** The merchant's applicant type (O1), as onboarding reported it; it decides the terminal's limits (T4). */
public enum ApplicantType {
    PERSONAL, INDIVIDUAL_BUSINESS, ENTERPRISE
}
