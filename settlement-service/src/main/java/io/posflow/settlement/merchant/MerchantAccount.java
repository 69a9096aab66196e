package io.posflow.settlement.merchant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A merchant as settlement sees it: the account its transactions settle into. Thin for now; the ledger
 * accounts, fee profile and payouts join it in later issues.
 */
@Aggregate
public class MerchantAccount {

    @AggregateIdentifier
    private MerchantNo merchantNo;

    protected MerchantAccount() {
    }

    /** MerchantOnboarded may be delivered more than once (at-least-once); the account is opened only once. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    void handle(OpenMerchantAccount command) {
        if (merchantNo != null) {
            return;
        }
        apply(new MerchantAccountOpened(command.merchantNo(), command.applicantType(), command.settlementSpeed(),
                command.deviceModel(), command.settlementAccount(), command.openedAt()));
    }

    @EventSourcingHandler
    void on(MerchantAccountOpened event) {
        this.merchantNo = event.merchantNo();
    }
}
