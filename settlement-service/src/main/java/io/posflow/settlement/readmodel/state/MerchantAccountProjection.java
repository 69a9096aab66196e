package io.posflow.settlement.readmodel.state;

import io.posflow.settlement.domain.merchant.MerchantAccountOpened;
import io.posflow.settlement.domain.merchant.SettlementAccountChangeScheduled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * The merchants settlement knows. Runs in a subscribing processor (see ProcessingConfig), i.e. in the
 * transaction that opens the account, so an inbound capture that follows never finds it missing.
 */
@Component
@ProcessingGroup(MerchantAccountProjection.PROCESSING_GROUP)
public class MerchantAccountProjection {

    public static final String PROCESSING_GROUP = "merchant-accounts";

    private final KnownMerchantRepository merchants;

    public MerchantAccountProjection(KnownMerchantRepository merchants) {
        this.merchants = merchants;
    }

    @EventHandler
    void on(MerchantAccountOpened event, @SequenceNumber long sequence) {
        String merchantNo = event.merchantNo().value();
        KnownMerchant merchant = merchants.findById(merchantNo).orElseGet(() -> new KnownMerchant(merchantNo));
        if (merchant.hasApplied(sequence)) {
            return;
        }
        merchant.opened(event.applicantType(), event.settlementSpeed(), event.deviceModel(), event.settlementAccount(),
                event.openedAt(), event.applicationId(), sequence);
        merchants.save(merchant);
    }

    /** O10: the new payee, from its effectiveFrom on. */
    @EventHandler
    void on(SettlementAccountChangeScheduled event, @SequenceNumber long sequence) {
        merchants.findById(event.merchantNo().value()).filter(m -> !m.hasApplied(sequence)).ifPresent(merchant -> {
            merchant.accountChanged(event.settlementAccount(), event.effectiveFrom(), sequence);
            merchants.save(merchant);
        });
    }
}
