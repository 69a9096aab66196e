package io.posflow.platform.clock;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;

/** {@code GET/PUT /api/v1/simulation/clock}; registered only in the {@code simulation} profile. */
@RestController
@RequestMapping("/api/v1/simulation/clock")
public class SimulationClockController {

    public record ClockView(@NotNull Instant instant) {
    }

    private final SimulationClock clock;
    private final ClockOffsetStore store;

    public SimulationClockController(SimulationClock clock, ClockOffsetStore store) {
        this.clock = clock;
        this.store = store;
    }

    @GetMapping
    public ClockView read() {
        return new ClockView(clock.instant());
    }

    @PutMapping
    public ClockView move(@Valid @RequestBody ClockView request) {
        store.save(clock.moveTo(request.instant()));
        return new ClockView(clock.instant());
    }
}
