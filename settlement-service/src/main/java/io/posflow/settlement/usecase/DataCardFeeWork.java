package io.posflow.settlement.usecase;

import io.posflow.contracts.BusinessDay;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkHandler;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.settlement.config.ServiceFeeProperties;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payable.ChargeDataCardFee;
import io.posflow.settlement.domain.payable.DataCardFeeYear;
import io.posflow.settlement.domain.payable.MerchantPayableId;
import io.posflow.settlement.readmodel.state.DeregisteredTerminal;
import io.posflow.settlement.readmodel.state.DeregisteredTerminalRepository;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/**
 * The data-card fee (流量费, S4): charged when a terminal is activated and on every anniversary of its
 * activation, as recurring due work on the injected clock (key: the serial number). Each occurrence names the
 * next one from the activation instant, not from now, so after a clock jump of several years every missed
 * anniversary is charged once, in order; a restart keeps the schedule. The charge itself is idempotent per
 * terminal and period, so a redelivered activation charges nothing twice. Deregistration stops the schedule, and
 * is remembered: an activation that reaches settlement only after it (parked until its merchant was known)
 * charges its activation year but schedules no anniversary.
 */
@Component
public class DataCardFeeWork implements DueWorkHandler {

    public static final String KIND = "settlement.data-card-fee";

    private final CommandGateway commands;
    private final DueWorkScheduler dueWork;
    private final BusinessDay businessDay;
    private final DeregisteredTerminalRepository deregisteredTerminals;
    private final ServiceFeeProperties settings;
    private final Clock clock;

    public DataCardFeeWork(CommandGateway commands, DueWorkScheduler dueWork,
                        DeregisteredTerminalRepository deregisteredTerminals, ServiceFeeProperties settings,
                        Clock clock, BusinessDay businessDay) {
        this.businessDay = businessDay;
        this.commands = commands;
        this.dueWork = dueWork;
        this.deregisteredTerminals = deregisteredTerminals;
        this.settings = settings;
        this.clock = clock;
    }

    /** TerminalActivated: the first year is charged now, the first anniversary is scheduled. */
    public void activated(MerchantNo merchantNo, SerialNumber serialNumber, Instant activatedAt) {
        DataCardFeeYear first = new DataCardFeeYear(activatedAt, 0, businessDay);
        charge(merchantNo, serialNumber, first);
        if (deregisteredTerminals.existsById(serialNumber.value())) {
            return;
        }
        DataCardFeeYear next = first.next();
        dueWork.scheduleIfAbsent(KIND, serialNumber.value(), next.dueAt(), payload(merchantNo, next));
    }

    /** TerminalDeregistered: a terminal out of service is charged no further year. */
    public void deregistered(SerialNumber serialNumber, Instant deregisteredAt) {
        if (!deregisteredTerminals.existsById(serialNumber.value())) {
            deregisteredTerminals.save(new DeregisteredTerminal(serialNumber.value(), deregisteredAt));
        }
        dueWork.cancel(KIND, serialNumber.value());
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public DueWorkOutcome run(DueWork work) {
        String[] parts = work.payload().split(" ");
        MerchantNo merchantNo = new MerchantNo(parts[0]);
        DataCardFeeYear year = new DataCardFeeYear(Instant.parse(parts[1]), Integer.parseInt(parts[2]), businessDay);
        charge(merchantNo, new SerialNumber(work.key()), year);
        DataCardFeeYear next = year.next();
        return DueWorkOutcome.dueAgainAt(next.dueAt(), payload(merchantNo, next));
    }

    private void charge(MerchantNo merchantNo, SerialNumber serialNumber, DataCardFeeYear year) {
        commands.sendAndWait(new ChargeDataCardFee(MerchantPayableId.of(merchantNo), merchantNo, serialNumber, year,
                settings.dataCardFee(), clock.instant()));
    }

    /** {@code <merchantNo> <activatedAt> <year>}: what the next occurrence charges. */
    private static String payload(MerchantNo merchantNo, DataCardFeeYear year) {
        return merchantNo.value() + " " + year.activatedAt() + " " + year.year();
    }
}
