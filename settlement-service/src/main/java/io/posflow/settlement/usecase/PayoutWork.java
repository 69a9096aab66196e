package io.posflow.settlement.usecase;

import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.settlement.config.PayoutProperties;
import io.posflow.settlement.domain.payout.AttemptPayout;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.payout.PayoutProgress;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * Sends a requested payout to the bank, as due work scheduled with the request (key: the payout id): a
 * crash loses nothing, a refusal is recorded (PayoutFailed) and retried with back-off, and an exception
 * (outcome unknown) rolls back and is retried by the poller with the same payout id, which the bank
 * answers idempotently (S6). A payout held because its payee was crypto-shredded (architecture §4) is not retried:
 * it stays visible as failed, and no attempt could ever succeed.
 */
@Component
public class PayoutWork implements DueWorkHandler {

    public static final String KIND = "settlement.payout";

    private final CommandGateway commands;
    private final PayoutProperties settings;
    private final Clock clock;

    public PayoutWork(CommandGateway commands, PayoutProperties settings, Clock clock) {
        this.commands = commands;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        Instant now = clock.instant();
        PayoutProgress progress = commands.sendAndWait(new AttemptPayout(new PayoutId(work.key()), now));
        if (progress.completed() || progress.held()) {
            return DueWorkOutcome.done();
        }
        return DueWorkOutcome.dueAgainAt(now.plus(settings.retryAfter(progress.failedAttempts())), null);
    }
}
