package io.posflow.settlement.adapter.provider;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.ProblemException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The simulated bank (profile {@code simulation}): {@code PUT /api/v1/simulation/bank {"available": false}} takes
 * it down (every payout attempt fails as unreachable) and {@code true} brings it back;
 * {@code GET /api/v1/simulation/bank} → {@code {available, unreachableCalls, accepted: [{payoutId,
 * accountMasked, amountFen, acceptedAt}]}}, every payment the bank accepted, once per payout id.
 */
@RestController
@Profile("simulation")
@RequestMapping("/api/v1/simulation/bank")
class SimulatedBankController {

    record Availability(Boolean available) {
    }

    record BankLog(boolean available, long unreachableCalls, List<SimulatedBankPayouts.AcceptedPayout> accepted) {
    }

    private final SimulatedBankPayouts bank;

    SimulatedBankController(SimulatedBankPayouts bank) {
        this.bank = bank;
    }

    @PutMapping
    BankLog setAvailability(@RequestBody Availability request) {
        if (request == null || request.available() == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, GenericProblemCodes.INVALID_INPUT,
                    "Say whether the bank is available.",
                    List.of(new FieldProblem("available", GenericProblemCodes.INVALID_INPUT, "must be true or false")),
                    Map.of());
        }
        bank.setAvailable(request.available());
        return log();
    }

    @GetMapping
    BankLog log() {
        return new BankLog(bank.available(), bank.unreachableCalls(), bank.accepted());
    }
}
