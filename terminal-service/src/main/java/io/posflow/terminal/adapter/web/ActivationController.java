package io.posflow.terminal.adapter.web;

import io.posflow.terminal.config.DepositProperties;
import io.posflow.terminal.domain.terminal.ActivateTerminal;
import io.posflow.terminal.domain.terminal.ActivationOutcome;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.TerminalStatus;
import io.posflow.terminal.domain.terminal.UnlockTerminal;
import io.posflow.terminal.readmodel.state.TerminalView;
import io.posflow.terminal.usecase.ActivationCodeIssuer;
import io.posflow.terminal.usecase.ActivationCodes;
import jakarta.validation.Valid;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;

import static io.posflow.terminal.adapter.web.TerminalRefusedException.refusedAsProblem;

/** T2/T3: the device enters its code; the merchant asks for a new one; ops unlock a locked terminal. */
@RestController
@RequestMapping("/api/v1/terminals/{serialNumber}")
class ActivationController {

    private final KnownTerminals known;
    private final ActivationCodes codes;
    private final ActivationCodeIssuer issuer;
    private final DepositProperties deposits;
    private final CommandGateway commands;
    private final Clock clock;

    ActivationController(KnownTerminals known, ActivationCodes codes, ActivationCodeIssuer issuer,
                         DepositProperties deposits, CommandGateway commands, Clock clock) {
        this.known = known;
        this.codes = codes;
        this.issuer = issuer;
        this.deposits = deposits;
        this.commands = commands;
        this.clock = clock;
    }

    /** A wrong code is recorded (it counts towards the lock) and then answered 422 with the tries left. */
    @PostMapping("/activation")
    ActivationResponse activate(@PathVariable String serialNumber, @Valid @RequestBody ActivationRequest request) {
        TerminalView terminal = known.view(serialNumber);
        ActivationOutcome outcome = refusedAsProblem(() -> commands.sendAndWait(new ActivateTerminal(
                SerialNumber.of(terminal.serialNumber()), codes.hashOf(request.activationCode()),
                deposits.of(terminal.model()), clock.instant())));
        if (outcome instanceof ActivationOutcome.CodeRejected rejected) {
            throw new ActivationCodeWrongException(rejected.attemptsLeft());
        }
        ActivationOutcome.Accepted accepted = (ActivationOutcome.Accepted) outcome;
        return new ActivationResponse(terminal.serialNumber(), TerminalStatus.AWAITING_DEPOSIT,
                accepted.deposit().fen());
    }

    /** A new code by SMS; the previous one stops working. */
    @PostMapping("/activation-code")
    ResponseEntity<ActivationCodeResponse> reissue(@PathVariable String serialNumber) {
        SerialNumber serial = known.serial(serialNumber);
        Instant expiresAt = refusedAsProblem(() -> issuer.reissue(serial));
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(new ActivationCodeResponse(serial.value(), expiresAt));
    }

    /** Ops: a terminal locked by wrong codes is BOUND again, with all its tries. */
    @PostMapping("/unlock")
    TerminalResponse unlock(@PathVariable String serialNumber) {
        SerialNumber serial = known.serial(serialNumber);
        refusedAsProblem(() -> commands.<Object>sendAndWait(new UnlockTerminal(serial, clock.instant())));
        return TerminalResponse.of(known.view(serialNumber));
    }
}
