package io.posflow.settlement.usecase;

import io.posflow.contracts.topics.Topics;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.settlement.domain.calendar.DailyRunTime;
import io.posflow.settlement.domain.calendar.SettlementCalendar;
import io.posflow.settlement.domain.day.CloseSettlementDay;
import io.posflow.settlement.domain.day.SettlementDayId;
import io.posflow.settlement.readmodel.state.ClosedSettlementDay;
import io.posflow.settlement.readmodel.state.ClosedSettlementDayRepository;
import io.posflow.settlement.readmodel.state.PendingSettlement;
import io.posflow.settlement.readmodel.state.PendingSettlementRepository;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The daily T+1 run (S2), recurring due work on the injected clock; it does work only on business days (the
 * {@link SettlementCalendar}). A date's settlement day is the first business day after it, so on a business day
 * R "settlement day ≤ R" is exactly "date before R": the run of R settles every pending sale and refund of a
 * business date before R (in capture order, so a refund comes after its sale), then closes every date before R not closed yet (Monday's run closes Fri, Sat and Sun) — so closing
 * follows settling in the event store, and the single-segment publisher writes each SettlementDayClosed
 * after that date's TransactionSettled on every partition. Everything runs in the due-work transaction:
 * a failure rolls the whole run back and it is retried. The next occurrence is computed from this one's
 * due time, so after a clock jump every missed run date runs once, in order.
 */
@Component
public class DailySettlementRunWork implements DueWorkHandler {

    public static final String KIND = "settlement.daily-run";
    public static final String KEY = "daily";

    /** SettlementDayClosed goes to every partition of settlement.transactions.v1 (architecture §4). */
    static final int CLOSURE_PARTITIONS = Topics.SETTLEMENT_TRANSACTIONS.partitions();

    private static final Logger log = LoggerFactory.getLogger(DailySettlementRunWork.class);

    private final PendingSettlementRepository pending;
    private final ClosedSettlementDayRepository closedDays;
    private final SettlementCalendar calendar;
    private final DailyRunTime runTime;
    private final CommandGateway commands;
    private final RunSettlement settlement;
    private final ClearingCheck clearing;
    private final SettlementPayouts payouts;
    private final Clock clock;

    public DailySettlementRunWork(PendingSettlementRepository pending, ClosedSettlementDayRepository closedDays,
                              SettlementCalendar calendar, DailyRunTime runTime, CommandGateway commands,
                              RunSettlement settlement, ClearingCheck clearing, SettlementPayouts payouts,
                              Clock clock) {
        this.pending = pending;
        this.settlement = settlement;
        this.clearing = clearing;
        this.closedDays = closedDays;
        this.calendar = calendar;
        this.runTime = runTime;
        this.commands = commands;
        this.payouts = payouts;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        LocalDate runDate = runTime.runDateOf(work.dueAt());
        // A date without a run (weekend, holiday) leaves its sales and its closing to the next run date.
        if (calendar.isRunDay(runDate)) {
            settleAndClose(runDate);
        }
        return DueWorkOutcome.dueAgainAt(runTime.on(runDate.plusDays(1)), null);
    }

    private void settleAndClose(LocalDate runDate) {
        Instant now = clock.instant();
        List<PendingSettlement> due =
                pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(runDate);
        // S8: each business date is matched with the switch's clearing file before anything of it is paid.
        Map<LocalDate, Set<String>> heldByDate = new HashMap<>();
        int settled = 0;
        int held = 0;
        for (PendingSettlement item : due) {
            Set<String> heldOfDate = heldByDate.computeIfAbsent(item.businessDate(), d -> clearing.heldOn(d, now));
            if (heldOfDate.contains(item.transactionId())) {
                held++;
                continue;
            }
            settled += settlement.settle(item, runDate, now) ? 1 : 0;
        }
        // The first run ever closes only the dates it is the settlement day of (from the previous business
        // day): earlier dates are from before the service ran and are not its to close.
        LocalDate from = closedDays.findTopByOrderByBusinessDateDesc()
                .map(ClosedSettlementDay::businessDate).map(d -> d.plusDays(1))
                .orElseGet(() -> calendar.previousRunDayBefore(runDate));
        int closed = 0;
        for (LocalDate date = from; date.isBefore(runDate); date = date.plusDays(1)) {
            commands.sendAndWait(new CloseSettlementDay(new SettlementDayId(date), now, CLOSURE_PARTITIONS));
            closed++;
        }
        log.info("Settlement run {}: {} transactions settled, {} held by clearing reconciliation, {} business dates "
                + "closed", runDate, settled, held, closed);
        // S6: what this run settled is paid out, in the same transaction.
        payouts.payRun(runDate, now);
    }
}
