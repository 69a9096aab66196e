package io.posflow.deposit.web;

import io.posflow.deposit.query.DepositViewRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

@RestController
@RequestMapping("/api/v1/deposits")
class DepositController {

    private final DepositViewRepository views;
    private final Clock clock;

    DepositController(DepositViewRepository views, Clock clock) {
        this.views = views;
        this.clock = clock;
    }

    @GetMapping("/{serialNumber}")
    DepositResponse deposit(@PathVariable String serialNumber) {
        return views.findById(serialNumber)
                .map(view -> DepositResponse.of(view, clock.instant()))
                .orElseThrow(DepositNotFoundException::new);
    }
}
