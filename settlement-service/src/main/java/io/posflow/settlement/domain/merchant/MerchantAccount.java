package io.posflow.settlement.domain.merchant;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.HashSet;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A merchant as settlement sees it: the account its transactions settle into. Thin for now; the ledger
 * accounts, fee profile and payouts join it in later issues.
 */
@Aggregate
public class MerchantAccount {

    @AggregateIdentifier
    private MerchantNo merchantNo;
    private final Set<String> ownCards = new HashSet<>();
    private final Set<String> accountChanges = new HashSet<>();

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
                command.deviceModel(), command.settlementAccount(), command.openedAt(), command.applicationId()));
    }

    /** S7: each card is noted once for each use; a message delivered again changes nothing. */
    @CommandHandler
    void handle(NoteOwnCard command) {
        if (ownCards.contains(command.use() + ":" + command.cardFingerprint())) {
            return;
        }
        apply(new OwnCardNoted(merchantNo, command.cardFingerprint(), command.use()));
    }

    /** O10: each verified change is scheduled once; SettlementAccountChanged delivered again changes nothing. */
    @CommandHandler
    void handle(ChangeSettlementAccount command) {
        if (accountChanges.contains(command.changeId())) {
            return;
        }
        apply(new SettlementAccountChangeScheduled(merchantNo, command.changeId(), command.settlementAccount(),
                command.effectiveFrom()));
    }

    @EventSourcingHandler
    void on(SettlementAccountChangeScheduled event) {
        accountChanges.add(event.changeId());
    }

    @EventSourcingHandler
    void on(MerchantAccountOpened event) {
        this.merchantNo = event.merchantNo();
    }

    @EventSourcingHandler
    void on(OwnCardNoted event) {
        ownCards.add(event.use() + ":" + event.cardFingerprint());
    }
}
