package io.posflow.onboarding.merchant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A merchant (商户), identified by its merchant number (O9). */
@Aggregate
public class Merchant {

    @AggregateIdentifier
    private MerchantNo merchantNo;

    protected Merchant() {
        // for Axon
    }

    /** Create-if-missing makes onboarding idempotent: the approval's handler may run again after a replay. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OnboardMerchant command) {
        if (merchantNo != null) {
            return;
        }
        apply(new MerchantOnboarded(command.merchantNo(), command.applicationId(), command.applicantType(),
                command.merchantName(), command.mcc(), command.deviceModel(), command.settlementSpeed(),
                command.terminalSerialNumber(), command.phone(), command.settlementAccount(),
                command.businessAddress(), command.onboardedAt()));
    }

    @EventSourcingHandler
    void on(MerchantOnboarded event) {
        this.merchantNo = event.merchantNo();
    }
}
