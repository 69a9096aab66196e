package io.posflow.settlement.readmodel.state;

import io.posflow.settlement.domain.payable.SettlementPayoutDetermined;
import io.posflow.settlement.domain.transaction.TransactionId;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The settled nets not yet covered by a settlement payout (S6). Subscribing (see PayoutProcessingConfig):
 * updated in the transaction that settles or assigns them, so the run that settles a transaction finds it,
 * and a payout never covers one twice.
 */
@Component
@ProcessingGroup(UnpaidSettlementProjection.PROCESSING_GROUP)
public class UnpaidSettlementProjection {

    public static final String PROCESSING_GROUP = "settlement-payables";

    private final UnpaidSettlementRepository unpaid;

    public UnpaidSettlementProjection(UnpaidSettlementRepository unpaid) {
        this.unpaid = unpaid;
    }

    @EventHandler
    void on(TransactionSettled event) {
        unpaid.save(new UnpaidSettlement(event.transactionId().value(), event.merchantNo().value(), event.speed(),
                event.settlementDate(), event.net().fen()));
    }

    @EventHandler
    void on(SettlementPayoutDetermined event) {
        unpaid.deleteAllById(event.transactions().stream().map(TransactionId::value).toList());
    }
}
