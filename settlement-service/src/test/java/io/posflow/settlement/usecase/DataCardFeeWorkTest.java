package io.posflow.settlement.usecase;

import io.posflow.contracts.BusinessDay;
import io.posflow.contracts.money.Money;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.platform.duework.DueWorkScheduler;
import io.posflow.settlement.config.ServiceFeeProperties;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payable.ChargeDataCardFee;
import io.posflow.settlement.domain.payable.DataCardFeeYear;
import io.posflow.settlement.domain.payable.MerchantPayableId;
import io.posflow.settlement.readmodel.state.DeregisteredTerminalRepository;
import io.posflow.settlement.domain.transaction.SerialNumber;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DataCardFeeWorkTest {

    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");
    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final Instant ACTIVATED_AT = Instant.parse("2026-11-22T02:00:00Z");
    // Years later: the clock jumped past several anniversaries.
    private static final Instant NOW = Instant.parse("2029-06-01T00:00:00Z");

    private final CommandGateway commands = mock(CommandGateway.class);
    private final DueWorkScheduler dueWork = mock(DueWorkScheduler.class);
    private final DeregisteredTerminalRepository deregistered = mock(DeregisteredTerminalRepository.class);
    private final DataCardFeeWork fees = new DataCardFeeWork(commands, dueWork, deregistered, new ServiceFeeProperties(4_800),
            Clock.fixed(NOW, ZoneOffset.UTC), BusinessDay.SHANGHAI);

    @Test
    void S4_activationChargesTheFirstYearAndSchedulesTheFirstAnniversary() {
        fees.activated(MERCHANT, SERIAL, ACTIVATED_AT);

        verify(commands).sendAndWait(new ChargeDataCardFee(MerchantPayableId.of(MERCHANT), MERCHANT, SERIAL,
                new DataCardFeeYear(ACTIVATED_AT, 0, BusinessDay.SHANGHAI), Money.ofFen(4_800), NOW));
        verify(dueWork).scheduleIfAbsent(DataCardFeeWork.KIND, SERIAL.value(), Instant.parse("2027-11-22T02:00:00Z"),
                "822110054110001 2026-11-22T02:00:00Z 1");
    }

    @Test
    void S4_eachAnniversaryChargesItsYearAndNamesTheNextFromTheActivationSoAJumpChargesEveryMissedYearOnce() {
        DueWork first = anniversary(1);

        DueWorkOutcome outcome = fees.run(first);

        verify(commands).sendAndWait(new ChargeDataCardFee(MerchantPayableId.of(MERCHANT), MERCHANT, SERIAL,
                new DataCardFeeYear(ACTIVATED_AT, 1, BusinessDay.SHANGHAI), Money.ofFen(4_800), NOW));
        // Due before NOW: the poller runs it in the same catch-up, then the third one after it.
        assertThat(outcome).isEqualTo(DueWorkOutcome.dueAgainAt(Instant.parse("2028-11-22T02:00:00Z"),
                "822110054110001 2026-11-22T02:00:00Z 2"));
    }

    @Test
    void S4_anActivationSeenAfterTheDeregistrationSchedulesNoAnniversary() {
        when(deregistered.existsById(SERIAL.value())).thenReturn(true);

        fees.activated(MERCHANT, SERIAL, ACTIVATED_AT);

        verify(commands).sendAndWait(any(ChargeDataCardFee.class));
        verify(dueWork, never()).scheduleIfAbsent(anyString(), anyString(), any(), any());
    }

    @Test
    void S4_deregistrationStopsTheSchedule() {
        fees.deregistered(SERIAL, NOW);

        verify(dueWork).cancel(eq(DataCardFeeWork.KIND), eq(SERIAL.value()));
    }

    private static DueWork anniversary(int year) {
        DueWork work = mock(DueWork.class);
        when(work.key()).thenReturn(SERIAL.value());
        when(work.payload()).thenReturn("822110054110001 2026-11-22T02:00:00Z " + year);
        return work;
    }
}
