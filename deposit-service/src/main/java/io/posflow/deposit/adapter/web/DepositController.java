package io.posflow.deposit.adapter.web;

import io.posflow.deposit.domain.deposit.DepositStatus;
import io.posflow.deposit.domain.deposit.RefundNotRequestableException;
import io.posflow.deposit.domain.deposit.RequestRefund;
import io.posflow.deposit.domain.deposit.SerialNumber;
import io.posflow.deposit.readmodel.state.DepositTerminalProjection;
import io.posflow.deposit.readmodel.state.volume.DepositVolumes;
import io.posflow.deposit.readmodel.state.volume.ProjectionRebuild;
import io.posflow.deposit.readmodel.state.volume.RebuildReport;
import io.posflow.deposit.readmodel.view.DepositViewRepository;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;

@RestController
@RequestMapping("/api/v1/deposits")
class DepositController {

    private final DepositViewRepository views;
    private final DepositVolumes volumes;
    private final DepositTerminalProjection terminals;
    private final CommandGateway commands;
    private final ProjectionRebuild rebuild;
    private final Clock clock;

    DepositController(DepositViewRepository views, DepositVolumes volumes, DepositTerminalProjection terminals,
                      CommandGateway commands, ProjectionRebuild rebuild, Clock clock) {
        this.views = views;
        this.volumes = volumes;
        this.terminals = terminals;
        this.commands = commands;
        this.rebuild = rebuild;
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
                .flatMap(id -> views.findById(id)
                        .map(view -> DepositResponse.of(view, volumes.of(id).orElse(null), clock.instant())))
                .orElseThrow(DepositNotFoundException::new);
    }

    /**
     * D3 with the ON_REQUEST refund mode: the merchant asks for the refund its volume earned. Asking again
     * answers the same; 409 when the policy refunds automatically, the target is not reached or the deposit
     * was forfeited.
     */
    @PostMapping("/{serialNumber}/refund-request")
    RefundRequestResponse requestRefund(@PathVariable String serialNumber) {
        String depositId = terminals.depositOf(serialNumber).orElseThrow(DepositNotFoundException::new);
        try {
            DepositStatus status = commands.sendAndWait(new RequestRefund(new SerialNumber(depositId), clock.instant()));
            return new RefundRequestResponse(serialNumber, status);
        } catch (RefundNotRequestableException refused) {
            throw new RefundRequestRefusedException(refused);
        }
    }

    /** Ops (D5): replays the projection into fresh tables and reports how it differs from the live one. */
    @PostMapping("/projection/rebuild")
    RebuildReport rebuildProjection() {
        return rebuild.rebuild();
    }
}
