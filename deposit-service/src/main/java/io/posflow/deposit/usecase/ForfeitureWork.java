package io.posflow.deposit.usecase;

import io.posflow.contracts.money.Money;
import io.posflow.deposit.domain.deposit.ForfeitDeposit;
import io.posflow.deposit.domain.deposit.SerialNumber;
import io.posflow.deposit.readmodel.state.DepositDeadline;
import io.posflow.deposit.readmodel.state.DepositDeadlineRepository;
import io.posflow.deposit.readmodel.state.SettlementDayWatermark;
import io.posflow.deposit.readmodel.state.volume.DepositVolumes;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * D4: a deposit short of the target is forfeited once the clock is past its window's end AND settlement
 * has closed the window end's business date on every partition. Whichever comes last forfeits: the
 * check due at the window's end finds the date closed, or the closure that completes the date finds the
 * window ended. Both run in the transaction of their trigger (due-work row, or the projection's batch that
 * read the closure), and both hand the Deposit the projection's volume, final by then.
 */
@Component
public class ForfeitureWork implements DueWorkHandler {

    /** The due-work kind of the check at a window's end, keyed by serial number. */
    public static final String KIND = "deposit-forfeiture";

    private final DepositDeadlineRepository deadlines;
    private final SettlementDayWatermark watermark;
    private final DepositVolumes volumes;
    private final CommandGateway commands;
    private final Clock clock;

    ForfeitureWork(DepositDeadlineRepository deadlines, SettlementDayWatermark watermark, DepositVolumes volumes,
               CommandGateway commands, Clock clock) {
        this.deadlines = deadlines;
        this.watermark = watermark;
        this.volumes = volumes;
        this.commands = commands;
        this.clock = clock;
    }

    /** Settlement closed {@code businessDate} on every partition: forfeits the deposits whose window ended on it. */
    public void settlementDayClosed(LocalDate businessDate) {
        Instant now = clock.instant();
        deadlines.findByWindowEndDateAndWindowEndLessThanEqualOrderBySerialNumber(businessDate, now)
                .forEach(deadline -> forfeit(deadline, now));
    }

    @Override
    public String kind() {
        return KIND;
    }

    /** The window ended: forfeits if its business date is closed already, else the closure will. */
    @Override
    public DueWorkOutcome run(DueWork work) {
        deadlines.findById(work.key())
                .filter(deadline -> watermark.isClosed(deadline.windowEndDate()))
                .ifPresent(deadline -> forfeit(deadline, clock.instant()));
        return DueWorkOutcome.done();
    }

    private void forfeit(DepositDeadline deadline, Instant now) {
        commands.sendAndWait(new ForfeitDeposit(new SerialNumber(deadline.serialNumber()), deadline.windowEndDate(),
                Money.ofFen(volumes.volumeFenOf(deadline.serialNumber())), now));
    }
}
