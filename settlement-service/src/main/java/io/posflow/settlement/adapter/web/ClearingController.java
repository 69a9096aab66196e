package io.posflow.settlement.adapter.web;

import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;
import io.posflow.settlement.domain.clearing.ClearingDayId;
import io.posflow.settlement.domain.clearing.ClearingHoldNotFoundException;
import io.posflow.settlement.domain.clearing.Reconciliation;
import io.posflow.settlement.domain.clearing.ReleaseClearingHold;
import io.posflow.settlement.readmodel.state.ClearingDiscrepancyLine;
import io.posflow.settlement.readmodel.state.ClearingDiscrepancyRepository;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Ops: S8's clearing discrepancies — what the switch's clearing file and our captures disagree on — and the
 * release of a held capture once explained (it settles in the next run).
 */
@RestController
@RequestMapping("/api/v1/ops/clearing")
class ClearingController {

    private final ClearingDiscrepancyRepository discrepancies;
    private final CommandGateway commands;
    private final Clock clock;

    ClearingController(ClearingDiscrepancyRepository discrepancies, CommandGateway commands, Clock clock) {
        this.discrepancies = discrepancies;
        this.commands = commands;
        this.clock = clock;
    }

    /** All of one business date, or without a date every discrepancy still open (HELD or REPORTED). */
    @GetMapping("/discrepancies")
    List<Discrepancy> discrepancies(@RequestParam(name = "date", required = false) String date) {
        List<ClearingDiscrepancyLine> lines = date == null
                ? discrepancies.findByStatusInOrderByBusinessDateAscTransactionIdAsc(
                        EnumSet.of(ClearingDiscrepancyLine.Status.HELD, ClearingDiscrepancyLine.Status.REPORTED))
                : discrepancies.findByBusinessDateOrderByTransactionId(BusinessDateParameter.parse(date));
        return lines.stream().map(Discrepancy::of).toList();
    }

    @PostMapping("/discrepancies/{transactionId}/release")
    List<Discrepancy> release(@PathVariable String transactionId) {
        List<ClearingDiscrepancyLine> lines = discrepancies.findByTransactionId(transactionId);
        LocalDate businessDate = lines.stream().filter(l -> l.status() != ClearingDiscrepancyLine.Status.REPORTED)
                .map(ClearingDiscrepancyLine::businessDate).findFirst()
                .orElseThrow(NoClearingHoldException::new);
        try {
            commands.sendAndWait(new ReleaseClearingHold(new ClearingDayId(businessDate), transactionId, clock.instant()));
        } catch (ClearingHoldNotFoundException e) {
            throw new NoClearingHoldException();
        }
        return discrepancies.findByTransactionId(transactionId).stream().map(Discrepancy::of).toList();
    }

    record Discrepancy(LocalDate businessDate, String transactionId, Reconciliation.Kind kind, Long capturedFen,
                       Long clearedFen, ClearingDiscrepancyLine.Status status, Instant foundAt, Instant releasedAt) {
        static Discrepancy of(ClearingDiscrepancyLine l) {
            return new Discrepancy(l.businessDate(), l.transactionId(), l.kind(), l.capturedFen(), l.clearedFen(),
                    l.status(), l.foundAt(), l.releasedAt());
        }
    }

    static class NoClearingHoldException extends NotFoundException {
        NoClearingHoldException() {
            super(GenericProblemCodes.NOT_FOUND, "No capture with that id is held by clearing reconciliation.");
        }
    }
}
