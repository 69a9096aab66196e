package io.posflow.terminal.adapter.provider;

import io.posflow.contracts.money.Money;
import io.posflow.terminal.domain.terminal.CardSwitch.AuthorisationRequest;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.TransactionId;
import io.posflow.terminal.domain.terminal.TransactionType;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The simulated card switch (architecture §5): approves everything, except that an amount ending in 13 fen hangs
 * (until the caller gives up), so the timeout, reversal and decline path can be exercised. What it saw is
 * kept in memory for {@code GET /api/v1/simulation/card-switch}.
 */
@Component
@Profile("simulation")
public class SimulatedCardSwitch implements SwitchClient {

    static final long HANGING_FEN = 13;
    private static final Duration HANG = Duration.ofMinutes(10);

    /** {@code type}: SALE, VOID or REFUND for an authorisation; null for a reversal. */
    public record Call(String transactionId, TransactionType type, String serialNumber, long amountFen, Instant at) {
    }

    private final List<Call> authorisations = new CopyOnWriteArrayList<>();
    private final List<Call> reversals = new CopyOnWriteArrayList<>();
    private final Clock clock;

    SimulatedCardSwitch(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void authorise(AuthorisationRequest request) throws InterruptedException {
        authorisations.add(new Call(request.transactionId().value(), request.type(), request.serialNumber().value(),
                request.amount().fen(), clock.instant()));
        if (request.amount().fen() % 100 == HANGING_FEN) {
            Thread.sleep(HANG.toMillis()); // interrupted when the caller's time limit cancels the call
        }
    }

    @Override
    public void reverse(TransactionId transactionId, SerialNumber serialNumber, Money amount) {
        if (reversals.stream().noneMatch(r -> r.transactionId().equals(transactionId.value()))) {
            reversals.add(new Call(transactionId.value(), null, serialNumber.value(), amount.fen(), clock.instant()));
        }
    }

    public List<Call> authorisations() {
        return List.copyOf(authorisations);
    }

    public List<Call> reversals() {
        return List.copyOf(reversals);
    }
}
