package io.posflow.settlement.readmodel.state;

import io.posflow.contracts.terminal.TransactionType;
import io.posflow.settlement.domain.transaction.CaptureRecorded;
import io.posflow.settlement.domain.transaction.SaleVoided;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * The recorded sales voids and refunds refer to. Subscribing (see ProcessingConfig): updated in the transaction
 * that records, settles or voids a sale, or settles a refund, so the inbound handlers releasing parked voids
 * and refunds and the run settling refunds one after another always see the latest.
 */
@Component
@ProcessingGroup(SaleRecordProjection.PROCESSING_GROUP)
public class SaleRecordProjection {

    public static final String PROCESSING_GROUP = "sale-records";

    private final SaleRecordRepository sales;

    public SaleRecordProjection(SaleRecordRepository sales) {
        this.sales = sales;
    }

    @EventHandler
    void on(CaptureRecorded event) {
        if (event.type() != TransactionType.SALE || sales.existsById(event.transactionId().value())) {
            return;
        }
        sales.save(new SaleRecord(event.transactionId().value(), event.merchantNo().value(), event.amount().fen()));
    }

    @EventHandler
    void on(TransactionSettled event) {
        if (event.type() == TransactionType.SALE) {
            sales.findById(event.transactionId().value()).ifPresent(sale -> {
                sale.settled(event.mdrFee().fen(), event.surcharge().fen());
                sales.save(sale);
            });
        } else if (event.type() == TransactionType.REFUND && event.originalTransactionId() != null) {
            sales.findById(event.originalTransactionId().value()).ifPresent(sale -> {
                sale.refunded(event.amount().abs().fen());
                sales.save(sale);
            });
        }
    }

    @EventHandler
    void on(SaleVoided event) {
        sales.findById(event.transactionId().value()).ifPresent(sale -> {
            sale.voided();
            sales.save(sale);
        });
    }
}
