package io.posflow.kyc.domain.kyccase;

import java.util.List;

/**
 * One check of a KYC case (K1–K10). Returns the problems it found, empty when it passes. A check that
 * cannot answer now (a provider is down) throws: the decision is retried later, so an outage never
 * becomes a false rejection.
 */
public interface KycCheck {

    List<Finding> check(ApplicationDossier dossier);

    /** Whether a settlement account change's case (O10) runs this check too; it checks the new account. */
    default boolean checksAccountChanges() {
        return true;
    }
}
