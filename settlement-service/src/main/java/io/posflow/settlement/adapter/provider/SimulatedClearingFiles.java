package io.posflow.settlement.adapter.provider;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.clearing.ClearingFile;
import io.posflow.settlement.domain.clearing.ClearingFiles;
import io.posflow.settlement.domain.clearing.ClearingItem;
import io.posflow.settlement.readmodel.state.ClearingCaptureRepository;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The card switch's clearing files, simulated (S8; architecture §5 Simulation): the switch clears every sale and
 * refund that was captured and not voided, except one whose amount ends in 77 fen — it is missing from the file,
 * the test value for a clearing discrepancy. What was captured is settlement's own `clearing_capture` read model
 * (subscribing, so complete before a date's run). Outside the {@code simulation} profile a real clearing-file
 * adapter must be provided.
 */
@Component
@Profile("simulation")
class SimulatedClearingFiles implements ClearingFiles {

    /** DESIGN-style test value: a capture whose amount ends in these fen is not in the switch's file. */
    static final long MISSING_WHEN_FEN_ENDS_IN = 77;

    private final ClearingCaptureRepository captures;

    SimulatedClearingFiles(ClearingCaptureRepository captures) {
        this.captures = captures;
    }

    @Override
    public Optional<ClearingFile> fileFor(LocalDate businessDate) {
        return Optional.of(new ClearingFile(businessDate, captures.findByBusinessDateAndVoidedFalse(businessDate)
                .stream().filter(c -> Math.abs(c.amountFen()) % 100 != MISSING_WHEN_FEN_ENDS_IN)
                .map(c -> new ClearingItem(c.transactionId(), Money.ofFen(c.amountFen()))).toList()));
    }
}
