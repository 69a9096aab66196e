package io.posflow.settlement.readmodel.view;

import io.posflow.contracts.BusinessDay;
import io.posflow.settlement.domain.payable.ServiceFeeCharged;
import io.posflow.settlement.domain.payable.SettlementPayoutDetermined;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The service fees charged (S4) and how each settlement payout deducted them, on the merchant's statement;
 * part of the statements read model. Both are keyed by what they describe, so a replay rewrites the same rows.
 */
@Component
@ProcessingGroup(StatementProjection.PROCESSING_GROUP)
public class ServiceFeeStatementProjection {

    private final ServiceFeeLineRepository fees;
    private final PayoutDeductionLineRepository deductions;

    private final BusinessDay businessDay;

    public ServiceFeeStatementProjection(ServiceFeeLineRepository fees, PayoutDeductionLineRepository deductions,
                                         BusinessDay businessDay) {
        this.fees = fees;
        this.deductions = deductions;
        this.businessDay = businessDay;
    }

    @EventHandler
    void on(ServiceFeeCharged event) {
        fees.save(new ServiceFeeLine(event.merchantNo().value(), event.serialNumber().value(), event.fee().fen(),
                event.periodStart(), event.periodEnd(), event.chargedAt(), businessDay.dateOf(event.chargedAt())));
    }

    @EventHandler
    void on(SettlementPayoutDetermined event) {
        deductions.save(new PayoutDeductionLine(event.payoutId().value(), event.merchantNo().value(),
                event.settlementDate(), event.transactions().size(), event.net().fen(), event.deducted().fen(),
                event.payable().fen(), event.carriedForward().fen()));
    }
}
