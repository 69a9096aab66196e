package io.posflow.settlement.provider;

import io.posflow.settlement.payout.BankPayoutResult;
import io.posflow.settlement.payout.BankPayouts;
import io.posflow.settlement.payout.PayoutId;
import io.posflow.settlement.payout.PayoutInstruction;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The bank payout simulator (DESIGN §5 Simulation): pays, except to an account whose number ends in 9999,
 * which is refused. Idempotent per payout id like a real bank: a paid id is answered "paid" again and moves
 * no money. It decides by the masked account number, which keeps the last four digits, so it never unseals.
 * Outside the {@code simulation} profile a real bank adapter must be provided.
 */
@Component
@Profile("simulation")
class SimulatedBankPayouts implements BankPayouts {

    private static final String FAILING_SUFFIX = "9999";

    private final Map<PayoutId, PayoutInstruction> paid = new ConcurrentHashMap<>();

    @Override
    public BankPayoutResult pay(PayoutInstruction instruction) {
        if (paid.containsKey(instruction.payoutId())) {
            return BankPayoutResult.paid();
        }
        if (instruction.payee().cardNumber().masked().endsWith(FAILING_SUFFIX)) {
            return BankPayoutResult.refused("ACCOUNT_REJECTED");
        }
        paid.put(instruction.payoutId(), instruction);
        return BankPayoutResult.paid();
    }
}
