package io.posflow.terminal.adapter.web;

import io.posflow.platform.messaging.inbound.InboundDispatcher;
import io.posflow.terminal.domain.terminal.DeregisterTerminal;
import io.posflow.terminal.domain.terminal.RegisterTerminal;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.SerialNumberDuplicateException;
import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.domain.terminal.Vendor;
import io.posflow.terminal.readmodel.state.TerminalView;
import io.posflow.terminal.usecase.Allocations;
import io.posflow.terminal.usecase.TerminalReferences;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;

import static io.posflow.terminal.adapter.web.TerminalRefusedException.refusedAsProblem;

@RestController
@RequestMapping("/api/v1/terminals")
class TerminalController {

    private static final Logger log = LoggerFactory.getLogger(TerminalController.class);

    private final CommandGateway commands;
    private final KnownTerminals known;
    private final InboundDispatcher inbound;
    private final Allocations allocations;
    private final Clock clock;

    TerminalController(CommandGateway commands, KnownTerminals known, InboundDispatcher inbound,
                       Allocations allocations, Clock clock) {
        this.commands = commands;
        this.known = known;
        this.inbound = inbound;
        this.allocations = allocations;
        this.clock = clock;
    }

    /** T1: the warehouse registers a terminal into stock. */
    @PostMapping
    ResponseEntity<TerminalResponse> register(@Valid @RequestBody RegisterTerminalRequest request) {
        SerialNumber serial = refusedAsProblem(() -> SerialNumber.of(request.serialNumber()));
        RegisterTerminal command = new RegisterTerminal(serial, request.model(), Vendor.of(request.vendor()),
                clock.instant());
        try {
            refusedAsProblem(() -> commands.sendAndWait(command));
        } catch (AggregateStreamCreationException raced) {
            // A concurrent registration of the same serial committed first.
            throw new TerminalRefusedException(new SerialNumberDuplicateException(serial));
        }
        TerminalResponse registered = TerminalResponse.of(view(serial.value()));
        releaseWaitingFor(serial);
        allocateToWaitingMerchants(request.model());
        return ResponseEntity.created(URI.create("/api/v1/terminals/" + serial.value())).body(registered);
    }

    @GetMapping("/{serialNumber}")
    TerminalResponse terminal(@PathVariable String serialNumber) {
        return TerminalResponse.of(view(serialNumber));
    }

    /** T6: the terminal stops transacting; what it captured still settles. */
    @PostMapping("/{serialNumber}/deregistration")
    ResponseEntity<TerminalResponse> deregister(@PathVariable String serialNumber) {
        SerialNumber serial = SerialNumber.of(view(serialNumber).serialNumber());
        refusedAsProblem(() -> commands.<Object>sendAndWait(new DeregisterTerminal(serial, clock.instant())));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(TerminalResponse.of(view(serialNumber)));
    }

    private TerminalView view(String serialNumber) {
        return known.view(serialNumber);
    }

    /**
     * Messages parked because they named this terminal before it was registered (e.g. a merchant's
     * binding) are applied now. The registration has committed whatever happens here, so a failure
     * is logged, not answered: the parked messages stay parked.
     */
    private void releaseWaitingFor(SerialNumber serial) {
        try {
            inbound.referenceArrived(TerminalReferences.terminal(serial));
        } catch (RuntimeException e) {
            log.warn("Messages waiting for terminal {} could not be released: {}", serial, e.toString());
        }
    }

    /**
     * T2: merchants waiting for a terminal of this model get the stock there is, the longest waiting first — after
     * the merchants that named this very terminal (released above). A failure is logged: the merchants keep waiting
     * and the allocation sweep serves them later.
     */
    private void allocateToWaitingMerchants(TerminalModel model) {
        try {
            allocations.stockArrived(model);
        } catch (RuntimeException e) {
            log.warn("Waiting merchants could not be served a {} terminal: {}", model, e.toString());
        }
    }
}
