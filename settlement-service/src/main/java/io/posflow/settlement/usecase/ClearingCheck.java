package io.posflow.settlement.usecase;

import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.clearing.ClearingDayId;
import io.posflow.settlement.domain.clearing.ClearingFile;
import io.posflow.settlement.domain.clearing.ClearingFiles;
import io.posflow.settlement.domain.clearing.ReconcileClearing;
import io.posflow.settlement.domain.clearing.Reconciliation;
import io.posflow.settlement.readmodel.state.ClearingCapture;
import io.posflow.settlement.readmodel.state.ClearingCaptureRepository;
import io.posflow.settlement.readmodel.state.ClearingDiscrepancyLine;
import io.posflow.settlement.readmodel.state.ClearingDiscrepancyRepository;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * S8, before a run pays a business date: match what we captured that day with the switch's clearing file and
 * answer which captures are held (not paid until ops release them). No file yet → the run fails and is retried
 * later: never paid blind.
 */
@Component
class ClearingCheck {

    private final ClearingFiles files;
    private final ClearingCaptureRepository captures;
    private final ClearingDiscrepancyRepository discrepancies;
    private final CommandGateway commands;

    ClearingCheck(ClearingFiles files, ClearingCaptureRepository captures, ClearingDiscrepancyRepository discrepancies,
                  CommandGateway commands) {
        this.files = files;
        this.captures = captures;
        this.discrepancies = discrepancies;
        this.commands = commands;
    }

    /** Reconciles {@code businessDate} and answers the ids of its captures that must not be paid now. */
    Set<String> heldOn(LocalDate businessDate, Instant now) {
        ClearingFile file = files.fileFor(businessDate).orElseThrow(() -> new ClearingFileMissingException(businessDate));
        Map<String, Money> ours = new LinkedHashMap<>();
        for (ClearingCapture capture : captures.findByBusinessDateAndVoidedFalse(businessDate)) {
            ours.put(capture.transactionId(), Money.ofFen(capture.amountFen()));
        }
        Reconciliation reconciliation = Reconciliation.of(ours, file);
        if (!reconciliation.discrepancies().isEmpty()) {
            commands.sendAndWait(new ReconcileClearing(new ClearingDayId(businessDate), reconciliation, now));
        }
        return discrepancies.findByBusinessDateAndStatus(businessDate, ClearingDiscrepancyLine.Status.HELD).stream()
                .map(ClearingDiscrepancyLine::transactionId).collect(Collectors.toSet());
    }

    /** The switch has not delivered the clearing file of a date the run would pay. */
    static class ClearingFileMissingException extends RuntimeException {
        ClearingFileMissingException(LocalDate businessDate) {
            super("The clearing file of " + businessDate + " has not arrived; its captures wait (S8)");
        }
    }
}
