package io.posflow.terminal.adapter.provider;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** {@code GET /api/v1/simulation/card-switch}: what the simulated switch was asked (authorisations, reversals). */
@RestController
@Profile("simulation")
@RequestMapping("/api/v1/simulation/card-switch")
class SimulatedCardSwitchController {

    record SwitchLog(List<SimulatedCardSwitch.Call> authorisations, List<SimulatedCardSwitch.Call> reversals) {
    }

    private final SimulatedCardSwitch cardSwitch;

    SimulatedCardSwitchController(SimulatedCardSwitch cardSwitch) {
        this.cardSwitch = cardSwitch;
    }

    @GetMapping
    SwitchLog calls() {
        return new SwitchLog(cardSwitch.authorisations(), cardSwitch.reversals());
    }
}
