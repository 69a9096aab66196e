package io.posflow.settlement.provider;

import io.posflow.settlement.clearing.ClearingFile;
import io.posflow.settlement.clearing.ClearingFiles;
import io.posflow.settlement.clearing.ClearingItem;
import io.posflow.settlement.money.Money;
import io.posflow.settlement.transaction.CaptureRecorded;
import io.posflow.settlement.transaction.SaleVoided;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The card switch's clearing files, simulated (S8; DESIGN §5 Simulation): the switch clears every sale and
 * refund that was captured and not voided, except one whose amount ends in 77 fen — it is missing from the file, the test
 * value for a clearing discrepancy. The switch's view is recorded as captures are recorded (a subscribing
 * handler, in the capture's transaction), so the file of a date is complete before that date's run.
 * Outside the {@code simulation} profile a real clearing-file adapter must be provided.
 */
@Component
@Profile("simulation")
@ProcessingGroup(SimulatedClearingFiles.PROCESSING_GROUP)
public class SimulatedClearingFiles implements ClearingFiles {

    public static final String PROCESSING_GROUP = "simulated-clearing";
    /** DESIGN-style test value: a capture whose amount ends in these fen is not in the switch's file. */
    static final long MISSING_WHEN_FEN_ENDS_IN = 77;

    private final SimulatedClearingItemRepository items;

    SimulatedClearingFiles(SimulatedClearingItemRepository items) {
        this.items = items;
    }

    @EventHandler
    void on(CaptureRecorded captured) {
        long fen = captured.amount().fen();
        if (Math.abs(fen) % 100 == MISSING_WHEN_FEN_ENDS_IN) {
            return;
        }
        items.save(new SimulatedClearingItem(captured.transactionId().value(), captured.businessDate(), fen));
    }

    /** A void cancels the sale at the switch too: it is not cleared. */
    @EventHandler
    void on(SaleVoided voided) {
        items.deleteById(voided.transactionId().value());
    }

    @Override
    public Optional<ClearingFile> fileFor(LocalDate businessDate) {
        return Optional.of(new ClearingFile(businessDate, items.findByBusinessDateOrderByTransactionId(businessDate)
                .stream().map(i -> new ClearingItem(i.transactionId(), Money.ofFen(i.amountFen()))).toList()));
    }
}
