package io.posflow.kyc.adapter.provider;

import io.posflow.platform.problem.FieldProblem;
import io.posflow.platform.problem.GenericProblemCodes;
import io.posflow.platform.problem.NotFoundException;
import io.posflow.platform.problem.ProblemException;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/**
 * The simulated KYC providers (profile {@code simulation}): {@code PUT /api/v1/simulation/providers/{provider}
 * {"available": false}} takes one down (every call fails as unreachable), {@code true} restores it (and answers
 * the {@code 0003} subjects hanging on it); {@code GET} shows one or all. Providers: {@code bank-card-elements},
 * {@code face}, {@code documents}.
 */
@RestController
@Profile("simulation")
@RequestMapping("/api/v1/simulation/providers")
class SimulatedProvidersController {

    record Availability(Boolean available) {
    }

    private final SimulatedProviders simulators;

    SimulatedProvidersController(SimulatedProviders simulators) {
        this.simulators = simulators;
    }

    @GetMapping
    List<SimulatedProvider.State> all() {
        return simulators.all().stream().map(SimulatedProvider::state).toList();
    }

    @GetMapping("/{provider}")
    SimulatedProvider.State one(@PathVariable String provider) {
        return find(provider).state();
    }

    @PutMapping("/{provider}")
    SimulatedProvider.State setAvailability(@PathVariable String provider, @RequestBody Availability request) {
        SimulatedProvider simulator = find(provider);
        if (request == null || request.available() == null) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, GenericProblemCodes.INVALID_INPUT,
                    "Say whether the provider is available.",
                    List.of(new FieldProblem("available", GenericProblemCodes.INVALID_INPUT, "must be true or false")),
                    Map.of());
        }
        return simulator.setAvailable(request.available());
    }

    private SimulatedProvider find(String provider) {
        return simulators.provider(provider).orElseThrow(() -> new NotFoundException(GenericProblemCodes.NOT_FOUND,
                "No simulated provider " + provider + "; there are " + simulators.all().stream()
                        .map(SimulatedProvider::name).toList() + "."));
    }
}
