package io.posflow.deposit.web;

import io.posflow.deposit.query.DepositViewRepository;
import io.posflow.deposit.replacement.DepositTerminals;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

@RestController
@RequestMapping("/api/v1/deposits")
class DepositController {

    private final DepositViewRepository views;
    private final DepositTerminals terminals;
    private final Clock clock;

    DepositController(DepositViewRepository views, DepositTerminals terminals, Clock clock) {
        this.views = views;
        this.terminals = terminals;
        this.clock = clock;
    }

    /**
     * The deposit of terminal {@code serialNumber}: the one opened for it, or the one that moved to it (T8).
     * After a replacement the old serial answers with the same view, whose {@code serialNumber} names the
     * terminal the deposit moved to.
     */
    @GetMapping("/{serialNumber}")
    DepositResponse deposit(@PathVariable String serialNumber) {
        return terminals.depositOf(serialNumber)
                .flatMap(views::findById)
                .map(view -> DepositResponse.of(view, clock.instant()))
                .orElseThrow(DepositNotFoundException::new);
    }
}
