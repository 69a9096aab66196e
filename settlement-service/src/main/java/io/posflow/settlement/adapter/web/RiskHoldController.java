package io.posflow.settlement.adapter.web;

import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;
import io.posflow.platform.problem.ProblemException;
import io.posflow.settlement.readmodel.state.RiskHold;
import io.posflow.settlement.readmodel.state.RiskHoldRepository;
import io.posflow.settlement.domain.transaction.HoldAlreadyDecidedException;
import io.posflow.settlement.domain.transaction.ReviewCashOutHold;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Ops review of sales held as possible self-swipes (S7): list them, release one (it settles in the next run) or
 * reject it (never paid). Deciding the same way again answers the same; the other way is 409.
 */
@RestController
@RequestMapping("/api/v1/ops/risk-holds")
class RiskHoldController {

    /** Not in the reason catalogue: an ops conflict, like the platform's ALREADY_REDRIVEN. */
    static final String HOLD_ALREADY_DECIDED = "HOLD_ALREADY_DECIDED";

    private final RiskHoldRepository holds;
    private final CommandGateway commands;
    private final Clock clock;

    RiskHoldController(RiskHoldRepository holds, CommandGateway commands, Clock clock) {
        this.holds = holds;
        this.commands = commands;
        this.clock = clock;
    }

    /** Every hold in flagging order; {@code status=OPEN} (or another status) filters. */
    @GetMapping
    List<Hold> holds(@RequestParam(name = "status", required = false) RiskHold.Status status) {
        List<RiskHold> found = status == null ? holds.findAllByOrderByFlaggedAtAscTransactionIdAsc()
                : holds.findByStatusOrderByFlaggedAtAscTransactionIdAsc(status);
        return found.stream().map(Hold::of).toList();
    }

    @PostMapping("/{transactionId}/release")
    Hold release(@PathVariable String transactionId) {
        return decide(transactionId, true);
    }

    @PostMapping("/{transactionId}/reject")
    Hold reject(@PathVariable String transactionId) {
        return decide(transactionId, false);
    }

    private Hold decide(String transactionId, boolean release) {
        if (!holds.existsById(transactionId)) {
            throw new NotFoundException(GenericProblemCodes.NOT_FOUND, "No such hold.");
        }
        try {
            commands.sendAndWait(new ReviewCashOutHold(new TransactionId(transactionId), release, clock.instant()));
        } catch (HoldAlreadyDecidedException e) {
            throw alreadyDecided();
        } catch (CommandExecutionException e) {
            if (e.getCause() instanceof HoldAlreadyDecidedException) {
                throw alreadyDecided();
            }
            throw e;
        }
        // The hold read model is updated in the command's transaction (subscribing).
        return Hold.of(holds.findById(transactionId).orElseThrow());
    }

    private static ProblemException alreadyDecided() {
        return new ProblemException(HttpStatus.CONFLICT, HOLD_ALREADY_DECIDED,
                "This hold was already decided the other way.");
    }

    record Hold(String transactionId, String serialNumber, String merchantNo, long amountFen, String reason,
                LocalDate businessDate, Instant flaggedAt, RiskHold.Status status, Instant decidedAt) {

        static Hold of(RiskHold hold) {
            return new Hold(hold.transactionId(), hold.serialNumber(), hold.merchantNo(), hold.amountFen(),
                    hold.reason().name(), hold.businessDate(), hold.flaggedAt(), hold.status(), hold.decidedAt());
        }
    }
}
