package io.posflow.onboarding.usecase.intake;

import io.posflow.onboarding.domain.application.ApplicationId;
import io.posflow.onboarding.domain.merchant.AccountChangeId;

/**
 * What a KYC verdict that overtook its subject waits for, parked (another service's topic): the intake says it
 * has arrived once the application or the account change is recorded, and the verdict is applied then.
 */
public final class KycVerdictReferences {

    private KycVerdictReferences() {
    }

    /** The reference a verdict waits for when it arrives before its application. */
    public static String application(ApplicationId id) {
        return "application:" + id.value();
    }

    /** The reference a verdict on an account change waits for when it arrives before the change. */
    public static String accountChange(AccountChangeId id) {
        return "account-change:" + id.value();
    }
}
