package io.posflow.kyc.adapter.provider;

import io.posflow.contracts.pii.Mask;
import io.posflow.kyc.domain.checks.MicroDepositOrder;
import io.posflow.kyc.domain.checks.MicroDepositPayouts;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The simulated bank payout port for K10 (architecture §5): payouts succeed; one to an account ending {@code 9999}
 * fails, call after call, until the {@code bank-payouts} provider is restored. Each micro-deposit paid is kept
 * in the simulator's log — masked account, amount — so tests and the local stack can read the amount
 * ({@code GET /api/v1/simulation/micro-deposits}); the clear account number is never kept. Idempotent per payout id.
 */
public final class SimulatedMicroDepositPayouts implements MicroDepositPayouts {

    static final String FAILING_SUFFIX = "9999";

    /** What a test or the local stack reads: the payout id is the KYC case id. */
    public record MicroDeposit(String payoutId, String account, long amountFen, Instant paidAt) {
    }

    private final SimulatedProvider provider;
    private final Clock clock;
    private final Map<String, MicroDeposit> paid = new LinkedHashMap<>();

    public SimulatedMicroDepositPayouts(SimulatedProvider provider, Clock clock) {
        this.provider = provider;
        this.clock = clock;
    }

    @Override
    public long pay(MicroDepositOrder order) {
        synchronized (this) {
            MicroDeposit earlier = paid.get(order.payoutId());
            if (earlier != null) {
                return earlier.amountFen();
            }
        }
        if (order.accountNumber().endsWith(FAILING_SUFFIX)) {
            provider.enterFailingUntilRestored(order.accountNumber());
        } else {
            provider.enter(null);
        }
        synchronized (this) {
            return paid.computeIfAbsent(order.payoutId(), id -> new MicroDeposit(id,
                    Mask.CARD_NUMBER.apply(order.accountNumber()), order.amountFen(), clock.instant())).amountFen();
        }
    }

    public synchronized List<MicroDeposit> log() {
        return new ArrayList<>(paid.values());
    }
}
