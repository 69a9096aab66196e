package io.posflow.settlement.usecase;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.posflow.contracts.money.Money;
import io.posflow.settlement.domain.fee.Fees;
import io.posflow.settlement.readmodel.state.PendingSettlement;
import io.posflow.settlement.readmodel.state.SaleRecord;
import io.posflow.settlement.readmodel.state.SaleRecordRepository;
import io.posflow.settlement.domain.transaction.RefundOutcome;
import io.posflow.settlement.domain.transaction.SettleRefund;
import io.posflow.settlement.domain.transaction.SettleTransaction;
import io.posflow.settlement.domain.transaction.TransactionId;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class RunSettlementTest {

    private static final LocalDate RUN_DATE = LocalDate.parse("2026-11-26");
    private static final Instant NOW = Instant.parse("2026-11-25T18:00:01Z");

    private final SaleRecordRepository sales = mock(SaleRecordRepository.class);
    private final CommandGateway commands = mock(CommandGateway.class);
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RunSettlement settlement = new RunSettlement(sales, commands, meters);

    @Test
    void S2_aSaleIsSettledWithTheRunsDate() {
        boolean settled = settlement.settle(pending("sale-1", null), RUN_DATE, NOW);

        assertThat(settled).isTrue();
        verify(commands).sendAndWait(new SettleTransaction(new TransactionId("sale-1"), RUN_DATE, NOW));
    }

    @Test
    void D2_aRefundIsSettledWithItsSalesFeesAndWhatEarlierRefundsGaveBack() {
        SaleRecord sale = sale("sale-1", true, 100_000, 600, 50, 20_000);
        when(sales.findById("sale-1")).thenReturn(Optional.of(sale));
        when(commands.sendAndWait(any(SettleRefund.class))).thenReturn(RefundOutcome.SETTLED);

        boolean settled = settlement.settle(pending("refund-1", "sale-1"), RUN_DATE, NOW);

        assertThat(settled).isTrue();
        verify(commands).sendAndWait(new SettleRefund(new TransactionId("refund-1"), new TransactionId("sale-1"),
                new Fees(Money.ofFen(100_000), Money.ofFen(600), Money.ofFen(50), Money.ofFen(99_350)),
                Money.ofFen(20_000), RUN_DATE, NOW));
    }

    @Test
    void D2_aRefundWhoseSaleHasNotSettledWaitsForALaterRun() {
        SaleRecord sale = sale("sale-1", false, 100_000, 0, 0, 0);
        when(sales.findById("sale-1")).thenReturn(Optional.of(sale));

        boolean settled = settlement.settle(pending("refund-1", "sale-1"), RUN_DATE, NOW);

        assertThat(settled).isFalse();
        verify(commands, never()).sendAndWait(any());
        assertThat(meters.counter("posflow.settlement.refunds.waiting").count()).isEqualTo(1.0);
    }

    @Test
    void D2_aRefundExceedingItsSaleWaitsAndIsCounted() {
        SaleRecord sale = sale("sale-1", true, 10_000, 60, 0, 8_000);
        when(sales.findById("sale-1")).thenReturn(Optional.of(sale));
        when(commands.sendAndWait(any(SettleRefund.class))).thenReturn(RefundOutcome.EXCEEDS_ORIGINAL);

        boolean settled = settlement.settle(pending("refund-1", "sale-1"), RUN_DATE, NOW);

        assertThat(settled).isFalse();
        assertThat(meters.counter("posflow.settlement.refunds.waiting").count()).isEqualTo(1.0);
    }

    private static PendingSettlement pending(String transactionId, String originalTransactionId) {
        PendingSettlement item = mock(PendingSettlement.class);
        when(item.transactionId()).thenReturn(transactionId);
        when(item.originalTransactionId()).thenReturn(originalTransactionId);
        when(item.isRefund()).thenReturn(originalTransactionId != null);
        return item;
    }

    private static SaleRecord sale(String id, boolean settled, long amountFen, long mdrFeeFen, long surchargeFen,
                                   long refundedFen) {
        SaleRecord sale = mock(SaleRecord.class);
        when(sale.transactionId()).thenReturn(id);
        when(sale.isSettled()).thenReturn(settled);
        when(sale.amountFen()).thenReturn(amountFen);
        when(sale.mdrFeeFen()).thenReturn(mdrFeeFen);
        when(sale.surchargeFen()).thenReturn(surchargeFen);
        when(sale.refundedFen()).thenReturn(refundedFen);
        return sale;
    }
}
