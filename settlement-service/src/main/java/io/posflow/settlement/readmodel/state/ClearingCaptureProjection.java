package io.posflow.settlement.readmodel.state;

import io.posflow.settlement.domain.transaction.CaptureRecorded;
import io.posflow.settlement.domain.transaction.SaleVoided;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * What we captured per business date, for S8's matching with the switch's clearing file: every sale (T0 and
 * T1) and refund; a voided sale drops out (the switch cancels it too). Subscribing (see
 * ClearingProcessingConfig), so the run that reconciles a date sees every capture recorded before it.
 */
@Component
@ProcessingGroup(ClearingCaptureProjection.PROCESSING_GROUP)
public class ClearingCaptureProjection {

    public static final String PROCESSING_GROUP = "clearing-captures";

    private final ClearingCaptureRepository captures;

    public ClearingCaptureProjection(ClearingCaptureRepository captures) {
        this.captures = captures;
    }

    @EventHandler
    void on(CaptureRecorded event) {
        if (!captures.existsById(event.transactionId().value())) {
            captures.save(new ClearingCapture(event.transactionId().value(), event.businessDate(),
                    event.amount().fen()));
        }
    }

    @EventHandler
    void on(SaleVoided event) {
        captures.findById(event.transactionId().value()).ifPresent(capture -> {
            capture.voided();
            captures.save(capture);
        });
    }
}
