package io.posflow.kyc.adapter.provider;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * K10 in the simulation profile: the micro-deposits the simulated bank paid, oldest first,
 * {@code [{payoutId, account, amountFen, paidAt}]} — the payout id is the KYC case id, the account masked.
 * {@code ?caseId=} narrows it to one case.
 */
@RestController
@Profile("simulation")
@RequestMapping("/api/v1/simulation/micro-deposits")
class SimulatedMicroDepositsController {

    private final SimulatedMicroDepositPayouts payouts;

    SimulatedMicroDepositsController(SimulatedMicroDepositPayouts payouts) {
        this.payouts = payouts;
    }

    @GetMapping
    List<SimulatedMicroDepositPayouts.MicroDeposit> all(@RequestParam(required = false) String caseId) {
        return payouts.log().stream().filter(d -> caseId == null || d.payoutId().equals(caseId)).toList();
    }
}
