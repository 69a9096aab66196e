package io.posflow.terminal.adapter.web;

import io.posflow.terminal.domain.terminal.TerminalModel;
import io.posflow.terminal.readmodel.state.AwaitingAllocationRepository;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Ops: the merchants waiting for a stock terminal of their model (T2), first come first; no personal data. */
@RestController
@RequestMapping("/api/v1/ops/allocation-queue")
class AllocationQueueController {

    private final AwaitingAllocationRepository queue;

    AllocationQueueController(AwaitingAllocationRepository queue) {
        this.queue = queue;
    }

    @GetMapping
    List<WaitingMerchant> waiting() {
        return queue.findAllByOrderByPositionAsc().stream()
                .map(w -> new WaitingMerchant(w.merchantNo(), w.model()))
                .toList();
    }

    record WaitingMerchant(String merchantNo, TerminalModel model) {
    }
}
