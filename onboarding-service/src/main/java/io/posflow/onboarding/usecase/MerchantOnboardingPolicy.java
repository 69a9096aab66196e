package io.posflow.onboarding.usecase;

import io.posflow.onboarding.domain.application.ApplicationApproved;
import io.posflow.onboarding.domain.application.ApplicationDetails;
import io.posflow.onboarding.domain.merchant.OnboardMerchant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * An approved application becomes a merchant. Onboarding is create-if-missing on the merchant number,
 * so handling the same approval again (a replay, a retry after a failure) creates nothing twice.
 */
@Component
@ProcessingGroup(MerchantOnboardingPolicy.PROCESSING_GROUP)
public class MerchantOnboardingPolicy {

    public static final String PROCESSING_GROUP = "merchant-onboarding";

    private final CommandGateway commands;

    public MerchantOnboardingPolicy(CommandGateway commands) {
        this.commands = commands;
    }

    /** The merchant exists from the moment of approval, so that instant is its onboarding time. */
    @EventHandler
    void on(ApplicationApproved event) {
        ApplicationDetails d = event.details();
        commands.sendAndWait(new OnboardMerchant(event.merchantNo(), event.applicationId().value(),
                d.applicantType(), d.merchantName(), d.mcc(), d.deviceModel(), d.settlementSpeed(),
                d.terminalSerialNumber(), d.applicant().phone(), d.settlementAccount(), d.businessAddress(),
                event.approvedAt()));
    }
}
