package io.posflow.settlement.usecase;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.posflow.platform.duework.DueWork;
import io.posflow.platform.duework.DueWorkOutcome;
import io.posflow.settlement.domain.calendar.DailyRunTime;
import io.posflow.settlement.domain.calendar.BusinessDayCalendarTest;
import io.posflow.settlement.domain.calendar.SettlementCalendar;
import io.posflow.settlement.domain.day.CloseSettlementDay;
import io.posflow.settlement.domain.day.SettlementDayId;
import io.posflow.settlement.readmodel.state.ClosedSettlementDay;
import io.posflow.settlement.readmodel.state.ClosedSettlementDayRepository;
import io.posflow.settlement.readmodel.state.PendingSettlement;
import io.posflow.settlement.readmodel.state.PendingSettlementRepository;
import io.posflow.settlement.readmodel.state.SaleRecordRepository;
import io.posflow.settlement.domain.transaction.SettleTransaction;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.mockito.InOrder;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class DailySettlementRunWorkTest {

    private static final DailyRunTime TWO_AM_SHANGHAI = new DailyRunTime(LocalTime.of(2, 0),
            ZoneId.of("Asia/Shanghai"));
    private static final LocalDate RUN_DATE = LocalDate.parse("2026-11-23");
    private static final Instant NOW = Instant.parse("2026-11-22T18:00:01Z");

    private final PendingSettlementRepository pending = mock(PendingSettlementRepository.class);
    private final ClosedSettlementDayRepository closedDays = mock(ClosedSettlementDayRepository.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final ClearingCheck clearing = mock(ClearingCheck.class);
    private final SettlementPayouts payouts = mock(SettlementPayouts.class);

    private DailySettlementRunWork run(boolean runDay) {
        return run(date -> runDay);
    }

    private DailySettlementRunWork run(SettlementCalendar calendar) {
        return new DailySettlementRunWork(pending, closedDays, calendar, TWO_AM_SHANGHAI, commands,
                new RunSettlement(mock(SaleRecordRepository.class), commands, new SimpleMeterRegistry()), clearing,
                payouts, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void S8_aCaptureTheClearingFileDoesNotMatchIsHeldAndTheRestOfItsDateIsPaid() {
        LocalDate date = RUN_DATE.minusDays(1);
        PendingSettlement matched = pendingSale("matched", date);
        PendingSettlement unmatched = pendingSale("unmatched", date);
        when(pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(RUN_DATE))
                .thenReturn(List.of(matched, unmatched));
        when(clearing.heldOn(date, NOW)).thenReturn(java.util.Set.of("unmatched"));
        ClosedSettlementDay lastClosed = closed(date.minusDays(1));
        when(closedDays.findTopByOrderByBusinessDateDesc()).thenReturn(Optional.of(lastClosed));

        run(true).run(dueAt(TWO_AM_SHANGHAI.on(RUN_DATE)));

        verify(commands).sendAndWait(new SettleTransaction(new TransactionId("matched"), RUN_DATE, NOW));
        verify(commands, never()).sendAndWait(new SettleTransaction(new TransactionId("unmatched"), RUN_DATE, NOW));
        verify(clearing).heldOn(date, NOW);
    }

    @Test
    void S2_theRunSettlesTheSalesOfEarlierDatesThenClosesEveryDateSinceTheLastClosedOne() {
        List<PendingSettlement> sales = List.of(pendingSale("tx-1"), pendingSale("tx-2"));
        ClosedSettlementDay lastClosed = closed(RUN_DATE.minusDays(3));
        when(pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(RUN_DATE))
                .thenReturn(sales);
        when(closedDays.findTopByOrderByBusinessDateDesc()).thenReturn(Optional.of(lastClosed));

        DueWork work = dueAt(TWO_AM_SHANGHAI.on(RUN_DATE));
        DueWorkOutcome outcome = run(true).run(work);

        InOrder order = inOrder(commands);
        order.verify(commands).sendAndWait(new SettleTransaction(new TransactionId("tx-1"), RUN_DATE, NOW));
        order.verify(commands).sendAndWait(new SettleTransaction(new TransactionId("tx-2"), RUN_DATE, NOW));
        order.verify(commands).sendAndWait(new CloseSettlementDay(new SettlementDayId(RUN_DATE.minusDays(2)), NOW, 12));
        order.verify(commands).sendAndWait(new CloseSettlementDay(new SettlementDayId(RUN_DATE.minusDays(1)), NOW, 12));
        order.verifyNoMoreInteractions();
        assertThat(outcome).isEqualTo(DueWorkOutcome.dueAgainAt(TWO_AM_SHANGHAI.on(RUN_DATE.plusDays(1)), null));
    }

    @Test
    void S6_theRunPaysOutWhatItSettledAfterSettlingAndClosing() {
        List<PendingSettlement> sales = List.of(pendingSale("tx-1"));
        ClosedSettlementDay lastClosed = closed(RUN_DATE.minusDays(2));
        when(pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(RUN_DATE))
                .thenReturn(sales);
        when(closedDays.findTopByOrderByBusinessDateDesc()).thenReturn(Optional.of(lastClosed));

        run(true).run(dueAt(TWO_AM_SHANGHAI.on(RUN_DATE)));

        InOrder order = inOrder(commands, payouts);
        order.verify(commands).sendAndWait(new SettleTransaction(new TransactionId("tx-1"), RUN_DATE, NOW));
        order.verify(commands).sendAndWait(new CloseSettlementDay(new SettlementDayId(RUN_DATE.minusDays(1)), NOW, 12));
        order.verify(payouts).payRun(RUN_DATE, NOW);
    }

    @Test
    void S6_aDateWithoutARunPaysNothing() {
        run(false).run(dueAt(TWO_AM_SHANGHAI.on(RUN_DATE)));

        verify(payouts, never()).payRun(any(), any());
    }

    @Test
    void S2_mondaysRunClosesFridaySaturdayAndSunday() {
        LocalDate monday = LocalDate.parse("2026-11-30");
        PendingSettlement fridaySale = pendingSale("friday-sale");
        ClosedSettlementDay thursday = closed(LocalDate.parse("2026-11-26"));
        when(pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(monday))
                .thenReturn(List.of(fridaySale));
        when(closedDays.findTopByOrderByBusinessDateDesc()).thenReturn(Optional.of(thursday));

        run(BusinessDayCalendarTest.shipped()).run(dueAt(TWO_AM_SHANGHAI.on(monday)));

        InOrder order = inOrder(commands);
        order.verify(commands).sendAndWait(new SettleTransaction(new TransactionId("friday-sale"), monday, NOW));
        for (String date : List.of("2026-11-27", "2026-11-28", "2026-11-29")) {
            order.verify(commands).sendAndWait(
                    new CloseSettlementDay(new SettlementDayId(LocalDate.parse(date)), NOW, 12));
        }
        order.verifyNoMoreInteractions();
    }

    @Test
    void S2_theRunOfADayDuringSpringFestivalDoesNothingAndTheFirstRunAfterItClosesTheWholeHoliday() {
        run(BusinessDayCalendarTest.shipped()).run(dueAt(TWO_AM_SHANGHAI.on(LocalDate.parse("2026-02-18"))));
        verify(commands, never()).sendAndWait(any());

        LocalDate firstAfter = LocalDate.parse("2026-02-24");
        PendingSettlement saturdaySale = pendingSale("make-up-saturday-sale");
        ClosedSettlementDay friday = closed(LocalDate.parse("2026-02-13"));
        when(pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(firstAfter))
                .thenReturn(List.of(saturdaySale));
        when(closedDays.findTopByOrderByBusinessDateDesc()).thenReturn(Optional.of(friday));

        run(BusinessDayCalendarTest.shipped()).run(dueAt(TWO_AM_SHANGHAI.on(firstAfter)));

        InOrder order = inOrder(commands);
        order.verify(commands).sendAndWait(
                new SettleTransaction(new TransactionId("make-up-saturday-sale"), firstAfter, NOW));
        for (LocalDate d = LocalDate.parse("2026-02-14"); d.isBefore(firstAfter); d = d.plusDays(1)) {
            order.verify(commands).sendAndWait(new CloseSettlementDay(new SettlementDayId(d), NOW, 12));
        }
        order.verifyNoMoreInteractions();
    }

    @Test
    void S2_theFirstRunEverAfterAWeekendClosesTheDatesSinceThePreviousBusinessDay() {
        LocalDate monday = LocalDate.parse("2026-11-30");
        when(pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(monday))
                .thenReturn(List.of());
        when(closedDays.findTopByOrderByBusinessDateDesc()).thenReturn(Optional.empty());

        run(BusinessDayCalendarTest.shipped()).run(dueAt(TWO_AM_SHANGHAI.on(monday)));

        InOrder order = inOrder(commands);
        for (String date : List.of("2026-11-27", "2026-11-28", "2026-11-29")) {
            order.verify(commands).sendAndWait(
                    new CloseSettlementDay(new SettlementDayId(LocalDate.parse(date)), NOW, 12));
        }
        order.verifyNoMoreInteractions();
    }

    @Test
    void S2_theFirstRunEverClosesOnlyTheDayBeforeIt() {
        when(pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(RUN_DATE))
                .thenReturn(List.of());
        when(closedDays.findTopByOrderByBusinessDateDesc()).thenReturn(Optional.empty());

        run(true).run(dueAt(TWO_AM_SHANGHAI.on(RUN_DATE)));

        InOrder order = inOrder(commands);
        order.verify(commands).sendAndWait(new CloseSettlementDay(new SettlementDayId(RUN_DATE.minusDays(1)), NOW, 12));
        order.verifyNoMoreInteractions();
    }

    @Test
    void S2_aDateWithoutARunSettlesAndClosesNothingAndLeavesItToTheNextRunDate() {
        DueWorkOutcome outcome = run(false).run(dueAt(TWO_AM_SHANGHAI.on(RUN_DATE)));

        verify(commands, never()).sendAndWait(any());
        assertThat(outcome).isEqualTo(DueWorkOutcome.dueAgainAt(TWO_AM_SHANGHAI.on(RUN_DATE.plusDays(1)), null));
    }

    @Test
    void S2_aMissedRunNamesTheNextOccurrenceFromItsOwnDateSoAJumpRunsEveryDateInOrder() {
        LocalDate longAgo = RUN_DATE.minusDays(10);
        when(pending.findByBusinessDateBeforeOrderByBusinessDateAscCapturedAtAscTransactionIdAsc(longAgo))
                .thenReturn(List.of());
        ClosedSettlementDay lastClosed = closed(longAgo.minusDays(1));
        when(closedDays.findTopByOrderByBusinessDateDesc()).thenReturn(Optional.of(lastClosed));

        DueWorkOutcome outcome = run(true).run(dueAt(TWO_AM_SHANGHAI.on(longAgo)));

        verify(commands, never()).sendAndWait(any());
        assertThat(outcome).isEqualTo(DueWorkOutcome.dueAgainAt(TWO_AM_SHANGHAI.on(longAgo.plusDays(1)), null));
    }

    private static DueWork dueAt(Instant dueAt) {
        DueWork work = mock(DueWork.class);
        when(work.kind()).thenReturn(DailySettlementRunWork.KIND);
        when(work.key()).thenReturn(DailySettlementRunWork.KEY);
        when(work.dueAt()).thenReturn(dueAt);
        return work;
    }

    private static PendingSettlement pendingSale(String transactionId) {
        PendingSettlement sale = mock(PendingSettlement.class);
        when(sale.transactionId()).thenReturn(transactionId);
        return sale;
    }

    private static PendingSettlement pendingSale(String transactionId, LocalDate businessDate) {
        PendingSettlement sale = pendingSale(transactionId);
        when(sale.businessDate()).thenReturn(businessDate);
        return sale;
    }

    private static ClosedSettlementDay closed(LocalDate date) {
        ClosedSettlementDay day = mock(ClosedSettlementDay.class);
        when(day.businessDate()).thenReturn(date);
        return day;
    }
}
