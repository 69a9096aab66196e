package io.posflow.deposit.readmodel.view;

import io.posflow.deposit.domain.deposit.DepositForfeited;
import io.posflow.deposit.domain.deposit.DepositMoved;
import io.posflow.deposit.domain.deposit.DepositOpened;
import io.posflow.deposit.domain.deposit.DepositRefundTriggered;
import io.posflow.deposit.domain.deposit.DepositRefunded;
import io.posflow.deposit.domain.deposit.DepositStatus;
import io.posflow.deposit.domain.deposit.DepositTargetReached;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link DepositView} from the Deposit's events. Upserts keyed by serial number and guarded by
 * the event's sequence number, so a replay or a redelivered event leaves the view as it was (D5).
 */
@Component
@ProcessingGroup(DepositViewProjection.PROCESSING_GROUP)
public class DepositViewProjection {

    public static final String PROCESSING_GROUP = "deposit-view";

    private final DepositViewRepository views;

    DepositViewProjection(DepositViewRepository views) {
        this.views = views;
    }

    @EventHandler
    void on(DepositOpened event, @SequenceNumber long sequence) {
        if (!views.existsById(event.serialNumber())) {
            views.save(DepositView.opened(event, sequence));
        }
    }

    @EventHandler
    void on(DepositTargetReached event, @SequenceNumber long sequence) {
        DepositView view = view(event.serialNumber());
        if (view.targetReached(event.qualifyingVolumeFen(), sequence)) {
            views.save(view);
        }
    }

    @EventHandler
    void on(DepositMoved event, @SequenceNumber long sequence) {
        DepositView view = view(event.serialNumber());
        if (view.moved(event.toSerialNumber(), sequence)) {
            views.save(view);
        }
    }

    @EventHandler
    void on(DepositRefundTriggered event, @SequenceNumber long sequence) {
        statusChanged(event.serialNumber(), DepositStatus.REFUND_TRIGGERED, event.qualifyingVolumeFen(), sequence);
    }

    @EventHandler
    void on(DepositRefunded event, @SequenceNumber long sequence) {
        statusChanged(event.serialNumber(), DepositStatus.REFUNDED, event.qualifyingVolumeFen(), sequence);
    }

    @EventHandler
    void on(DepositForfeited event, @SequenceNumber long sequence) {
        statusChanged(event.serialNumber(), DepositStatus.FORFEITED, event.qualifyingVolumeFen(), sequence);
    }

    private void statusChanged(String serialNumber, DepositStatus status, long qualifyingVolumeFen, long sequence) {
        DepositView view = view(serialNumber);
        if (view.statusChanged(status, qualifyingVolumeFen, sequence)) {
            views.save(view);
        }
    }

    private DepositView view(String serialNumber) {
        return views.findById(serialNumber).orElseThrow(() -> new IllegalStateException(
                "An event for a deposit the view has not seen opened: " + serialNumber));
    }

    /** A rebuild starts from an empty view and replays every Deposit's events. */
    @ResetHandler
    void reset() {
        views.deleteAllInBatch();
    }
}
