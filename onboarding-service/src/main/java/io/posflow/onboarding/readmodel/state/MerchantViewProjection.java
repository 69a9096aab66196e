package io.posflow.onboarding.readmodel.state;

import io.posflow.contracts.onboarding.AccountType;
import io.posflow.onboarding.domain.merchant.AccountChangeStatus;
import io.posflow.onboarding.domain.merchant.MerchantOnboarded;
import io.posflow.onboarding.domain.merchant.SettlementAccountChangeFailed;
import io.posflow.onboarding.domain.merchant.SettlementAccountChangeRequested;
import io.posflow.onboarding.domain.merchant.SettlementAccountChangeVerified;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link MerchantView} and {@link AccountChangeView} in the command's transaction (a subscribing
 * processor, see application.yml): a change is readable, and known to the inbound KYC handler, once requested.
 * Updates are keyed by the merchant's sequence number, so applying an event twice changes nothing.
 */
@Component
@ProcessingGroup(MerchantViewProjection.PROCESSING_GROUP)
public class MerchantViewProjection {

    public static final String PROCESSING_GROUP = "merchant-view";

    private final MerchantViewRepository merchants;
    private final AccountChangeViewRepository changes;

    public MerchantViewProjection(MerchantViewRepository merchants, AccountChangeViewRepository changes) {
        this.merchants = merchants;
        this.changes = changes;
    }

    @EventHandler
    void on(MerchantOnboarded event, @SequenceNumber long sequence) {
        String merchantNo = event.merchantNo().value();
        MerchantView view = merchants.findById(merchantNo).orElseGet(() -> new MerchantView(merchantNo));
        if (view.isNew(sequence)) {
            view.onboarded(sequence, event.applicationId(), event.applicantType());
            view.paidTo(sequence, event.settlementAccount().accountType(), event.settlementAccount().holderName());
            merchants.save(view);
        }
    }

    @EventHandler
    void on(SettlementAccountChangeRequested event, @SequenceNumber long sequence) {
        AccountChangeView view = changes.findById(event.changeId().value())
                .orElseGet(() -> new AccountChangeView(event.changeId().value()));
        if (view.isNew(sequence)) {
            AccountType type = event.settlementAccount().accountType();
            view.requested(sequence, event.merchantNo().value(), type, event.settlementAccount().cardNumber().masked(),
                    type == AccountType.CORPORATE ? AccountChangeStatus.AWAITING_MICRO_DEPOSIT
                            : AccountChangeStatus.VERIFYING, event.requestedAt());
            changes.save(view);
        }
    }

    @EventHandler
    void on(SettlementAccountChangeVerified event, @SequenceNumber long sequence) {
        changes.findById(event.changeId().value()).filter(v -> v.isNew(sequence)).ifPresent(view -> {
            view.verified(sequence, event.effectiveFrom());
            changes.save(view);
        });
        merchants.findById(event.merchantNo().value()).filter(v -> v.isNew(sequence)).ifPresent(view -> {
            view.paidTo(sequence, event.settlementAccount().accountType(), event.settlementAccount().holderName());
            merchants.save(view);
        });
    }

    @EventHandler
    void on(SettlementAccountChangeFailed event, @SequenceNumber long sequence) {
        changes.findById(event.changeId().value()).filter(v -> v.isNew(sequence)).ifPresent(view -> {
            view.failed(sequence, event.reasons());
            changes.save(view);
        });
    }
}
