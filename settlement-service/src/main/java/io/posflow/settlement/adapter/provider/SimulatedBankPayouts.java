package io.posflow.settlement.adapter.provider;

import io.posflow.settlement.domain.payout.BankPayoutResult;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.payout.PayoutInstruction;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The bank payout simulator (architecture §5 Simulation): pays, except to an account whose number ends in 9999,
 * which is refused. Idempotent per payout id like a real bank: a paid id is answered "paid" again and moves
 * no money. It decides by the masked account number, which keeps the last four digits, so it never unseals.
 * It can be taken down ({@code PUT /api/v1/simulation/bank}): then every call fails as unreachable. Every
 * payment it accepted is kept in memory for {@code GET /api/v1/simulation/bank}.
 * Outside the {@code simulation} profile a real bank client must be provided.
 */
@Component
@Profile("simulation")
public class SimulatedBankPayouts implements BankPayoutClient {

    private static final String FAILING_SUFFIX = "9999";

    /** A payment the bank accepted: money moved once for this payout id. */
    public record AcceptedPayout(String payoutId, String accountMasked, long amountFen, Instant acceptedAt) {
    }

    private final Map<PayoutId, PayoutInstruction> paid = new ConcurrentHashMap<>();
    private final List<AcceptedPayout> accepted = new CopyOnWriteArrayList<>();
    private final AtomicBoolean available = new AtomicBoolean(true);
    private final AtomicLong unreachableCalls = new AtomicLong();
    private final Clock clock;

    SimulatedBankPayouts(Clock clock) {
        this.clock = clock;
    }

    @Override
    public synchronized BankPayoutResult pay(PayoutInstruction instruction) {
        if (!available.get()) {
            unreachableCalls.incrementAndGet();
            throw new BankUnavailableException("simulated bank is down");
        }
        if (paid.containsKey(instruction.payoutId())) {
            return BankPayoutResult.paid();
        }
        if (instruction.payee().cardNumber().masked().endsWith(FAILING_SUFFIX)) {
            return BankPayoutResult.refused("ACCOUNT_REJECTED");
        }
        paid.put(instruction.payoutId(), instruction);
        accepted.add(new AcceptedPayout(instruction.payoutId().value(), instruction.payee().cardNumber().masked(),
                instruction.amount().fen(), clock.instant()));
        return BankPayoutResult.paid();
    }

    public void setAvailable(boolean up) {
        available.set(up);
    }

    public boolean available() {
        return available.get();
    }

    public List<AcceptedPayout> accepted() {
        return List.copyOf(accepted);
    }

    /** Calls that found the bank down (each in-call retry counts). */
    public long unreachableCalls() {
        return unreachableCalls.get();
    }
}
