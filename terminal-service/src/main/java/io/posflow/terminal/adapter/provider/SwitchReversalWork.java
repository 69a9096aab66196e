package io.posflow.terminal.adapter.provider;

import io.posflow.contracts.money.Money;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.terminal.domain.terminal.SerialNumber;
import io.posflow.terminal.domain.terminal.SwitchReversalRequested;
import io.posflow.terminal.domain.terminal.TransactionId;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/**
 * T7: a requested reversal (冲正) is persistent due work, scheduled in the transaction that declined the
 * capture (subscribing processor) and retried with back-off until the switch takes it: a switch that just
 * timed out may well be down, and a reversal must never be lost.
 */
@Component
@ProcessingGroup(SwitchReversalWork.PROCESSING_GROUP)
class SwitchReversalWork implements DueWorkHandler {

    static final String PROCESSING_GROUP = "card-switch-reversals";
    /** Due-work kind; the key is the transaction id, the payload {@code serialNumber:amountFen}. */
    static final String KIND = "terminal.card-switch-reversal";

    private final DueWorkScheduler dueWork;
    private final SwitchClient client;

    SwitchReversalWork(DueWorkScheduler dueWork, SwitchClient client) {
        this.dueWork = dueWork;
        this.client = client;
    }

    @EventHandler
    void on(SwitchReversalRequested event) {
        dueWork.scheduleIfAbsent(KIND, event.transactionId().value(), event.requestedAt(),
                event.serialNumber().value() + ":" + event.amount().fen());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        String[] payload = work.payload().split(":");
        try {
            client.reverse(TransactionId.of(work.key()), SerialNumber.of(payload[0]),
                    Money.ofFen(Long.parseLong(payload[1])));
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException("The card switch refused reversal " + work.key(), e);
        }
        return DueWorkOutcome.done();
    }
}
