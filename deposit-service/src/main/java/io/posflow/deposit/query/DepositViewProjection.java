package io.posflow.deposit.query;

import io.posflow.deposit.deposit.DepositOpened;
import io.posflow.deposit.deposit.QualifyingVolumeRecorded;
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
    void on(QualifyingVolumeRecorded event, @SequenceNumber long sequence) {
        DepositView view = views.findById(event.serialNumber()).orElseThrow(() -> new IllegalStateException(
                "Volume recorded for a deposit the view has not seen opened: " + event.serialNumber()));
        if (view.volumeRecorded(event.qualifyingVolumeFen(), sequence)) {
            views.save(view);
        }
    }

    /** A rebuild starts from an empty view and replays every Deposit's events. */
    @ResetHandler
    void reset() {
        views.deleteAllInBatch();
    }
}
