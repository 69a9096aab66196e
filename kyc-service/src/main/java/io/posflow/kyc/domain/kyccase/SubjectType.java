package io.posflow.kyc.domain.kyccase;

/** What a case verifies: one round of an application, or a settlement account change (O10). */
public enum SubjectType {
    APPLICATION, ACCOUNT_CHANGE
}
