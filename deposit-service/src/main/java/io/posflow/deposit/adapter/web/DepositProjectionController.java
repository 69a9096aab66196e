package io.posflow.deposit.adapter.web;

import io.posflow.deposit.readmodel.state.volume.DepositProjectionStatus;
import io.posflow.deposit.readmodel.state.volume.DepositVolumes;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Ops: where the live deposit projection stands, and every deposit's counted volume (D5). */
@RestController
@RequestMapping("/api/v1/ops/deposit-projection")
class DepositProjectionController {

    private final DepositProjectionStatus status;
    private final DepositVolumes volumes;

    DepositProjectionController(DepositProjectionStatus status, DepositVolumes volumes) {
        this.status = status;
        this.volumes = volumes;
    }

    @GetMapping
    DepositProjectionStatus.Progress progress() {
        return status.progress();
    }

    @GetMapping("/volumes")
    List<DepositVolumes.DepositVolume> volumes() {
        return volumes.all();
    }
}
