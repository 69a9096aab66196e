package io.posflow.contracts.kyc;

/** What a KYC case verifies: an application round, or a settlement account change (O10). */
public enum KycSubjectType {
    APPLICATION, ACCOUNT_CHANGE
}
