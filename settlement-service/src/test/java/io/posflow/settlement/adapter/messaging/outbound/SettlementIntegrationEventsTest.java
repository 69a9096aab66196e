package io.posflow.settlement.adapter.messaging.outbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.Wallet;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import io.posflow.settlement.domain.day.SettlementDayClosed;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.payout.PayoutCompleted;
import io.posflow.settlement.domain.payout.PayoutId;
import io.posflow.settlement.domain.transaction.CaptureRecorded;
import io.posflow.settlement.domain.transaction.DepositCollected;
import io.posflow.settlement.domain.transaction.SerialNumber;
import io.posflow.settlement.domain.transaction.TransactionId;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SettlementIntegrationEventsTest {

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final SettlementIntegrationEvents mapper = new SettlementIntegrationEvents(codec);

    @Test
    void aDepositCollectedIsPublishedOnSettlementTransactionsKeyedBySerialNumberWithThePinnedFields() {
        DepositCollected collected = new DepositCollected(new TransactionId("tx-1"),
                new SerialNumber("LKLE100000000001"), new MerchantNo("822110054110001"), DeviceModel.ESIGN,
                PaymentChannel.CARD, Money.ofFen(9_900), Instant.parse("2026-11-22T02:00:00Z"),
                LocalDate.parse("2026-11-22"));

        List<OutboundMessage> out = mapper.map(GenericEventMessage.asEventMessage(collected));

        assertThat(out).hasSize(1);
        OutboundMessage message = out.get(0);
        assertThat(message.topic()).isEqualTo("settlement.transactions.v1");
        assertThat(message.key()).isEqualTo("LKLE100000000001");
        assertThat(message.partition()).isNull();
        assertThat(message.type()).isEqualTo("posflow.settlement.DepositCollected.v1");
        assertThat(new String(message.value(), StandardCharsets.UTF_8)).isEqualTo("{\"transactionId\":\"tx-1\","
                + "\"serialNumber\":\"LKLE100000000001\",\"merchantNo\":\"822110054110001\",\"deviceModel\":\"ESIGN\","
                + "\"depositFen\":9900,\"capturedAt\":\"2026-11-22T02:00:00Z\"}");
    }

    @Test
    void aCaptureWaitingForItsRunIsNotPublished() {
        CaptureRecorded recorded = new CaptureRecorded(new TransactionId("tx-2"),
                new SerialNumber("LKLE100000000001"), new MerchantNo("822110054110001"), TransactionType.SALE,
                PaymentChannel.CARD, CardType.CREDIT, null, Money.ofFen(12_345),
                Instant.parse("2026-11-22T02:00:00Z"), LocalDate.parse("2026-11-22"), null, SettlementSpeed.T1);

        assertThat(mapper.map(GenericEventMessage.asEventMessage(recorded))).isEmpty();
    }

    @Test
    void aTransactionSettledIsPublishedKeyedBySerialNumberWithThePinnedFields() {
        TransactionSettled settled = new TransactionSettled(new TransactionId("tx-3"),
                new SerialNumber("LKLE100000000001"), new MerchantNo("822110054110001"), TransactionType.SALE,
                PaymentChannel.CARD, CardType.CREDIT, null, Money.ofFen(1_000_000), Money.ofFen(6_000), Money.ZERO,
                Money.ofFen(994_000), Instant.parse("2026-11-22T02:00:00Z"), LocalDate.parse("2026-11-22"),
                LocalDate.parse("2026-11-23"), SettlementSpeed.T1, null, Instant.parse("2026-11-22T18:00:01Z"));

        List<OutboundMessage> out = mapper.map(GenericEventMessage.asEventMessage(settled));

        assertThat(out).hasSize(1);
        assertThat(out.get(0).topic()).isEqualTo("settlement.transactions.v1");
        assertThat(out.get(0).key()).isEqualTo("LKLE100000000001");
        assertThat(out.get(0).partition()).isNull();
        assertThat(out.get(0).type()).isEqualTo("posflow.settlement.TransactionSettled.v1");
        assertThat(new String(out.get(0).value(), StandardCharsets.UTF_8)).isEqualTo("{\"transactionId\":\"tx-3\","
                + "\"serialNumber\":\"LKLE100000000001\",\"merchantNo\":\"822110054110001\",\"type\":\"SALE\","
                + "\"channel\":\"CARD\",\"cardType\":\"CREDIT\",\"amountFen\":1000000,\"mdrFeeFen\":6000,"
                + "\"surchargeFen\":0,\"netFen\":994000,\"capturedAt\":\"2026-11-22T02:00:00Z\","
                + "\"businessDate\":\"2026-11-22\",\"settlementDate\":\"2026-11-23\",\"speed\":\"T1\"}");
    }

    @Test
    void aUnionPayQrSettlementNamesItsWalletNotTheFundingCard() {
        TransactionSettled settled = new TransactionSettled(new TransactionId("tx-4"),
                new SerialNumber("LKLE100000000001"), new MerchantNo("822110054110001"), TransactionType.SALE,
                PaymentChannel.QR, CardType.DEBIT, Wallet.UNIONPAY, Money.ofFen(200_000), Money.ofFen(1_000),
                Money.ZERO, Money.ofFen(199_000), Instant.parse("2026-11-22T02:00:00Z"), LocalDate.parse("2026-11-22"),
                LocalDate.parse("2026-11-23"), SettlementSpeed.T1, null, Instant.parse("2026-11-22T18:00:01Z"));

        String value = new String(mapper.map(GenericEventMessage.asEventMessage(settled)).get(0).value(),
                StandardCharsets.UTF_8);

        assertThat(value).contains("\"wallet\":\"UNIONPAY\"").doesNotContain("cardType");
    }

    @Test
    void aSettlementDayClosedIsWrittenToItsPartitionKeyedByItsBusinessDate() {
        SettlementDayClosed closed = new SettlementDayClosed(LocalDate.parse("2026-11-22"),
                Instant.parse("2026-11-22T18:00:01Z"), 7);

        List<OutboundMessage> out = mapper.map(GenericEventMessage.asEventMessage(closed));

        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.topic()).isEqualTo("settlement.transactions.v1");
            assertThat(m.partition()).isEqualTo(7);
            assertThat(m.key()).isEqualTo("2026-11-22");
            assertThat(m.type()).isEqualTo("posflow.settlement.SettlementDayClosed.v1");
            assertThat(new String(m.value(), StandardCharsets.UTF_8))
                    .isEqualTo("{\"businessDate\":\"2026-11-22\",\"closedAt\":\"2026-11-22T18:00:01Z\"}");
        });
    }

    @Test
    void aCompletedDepositRefundIsPublishedOnPayoutsKeyedByMerchantNo() {
        PayoutCompleted completed = new PayoutCompleted(new PayoutId("DEPOSIT_REFUND:LKLE100000000001"),
                new MerchantNo("822110054110001"), PayoutPurpose.DEPOSIT_REFUND, new SerialNumber("LKLE100000000001"),
                Money.ofFen(9_900), LocalDate.parse("2026-11-22"), Instant.parse("2026-11-22T03:00:00Z"));

        List<OutboundMessage> out = mapper.map(GenericEventMessage.asEventMessage(completed));

        assertThat(out).hasSize(1);
        assertThat(out.get(0).topic()).isEqualTo("settlement.payouts.v1");
        assertThat(out.get(0).key()).isEqualTo("822110054110001");
        assertThat(out.get(0).type()).isEqualTo("posflow.settlement.PayoutCompleted.v1");
        assertThat(new String(out.get(0).value(), StandardCharsets.UTF_8)).isEqualTo(
                "{\"payoutId\":\"DEPOSIT_REFUND:LKLE100000000001\",\"merchantNo\":\"822110054110001\","
                + "\"purpose\":\"DEPOSIT_REFUND\",\"serialNumber\":\"LKLE100000000001\",\"amountFen\":9900,"
                + "\"settlementDate\":\"2026-11-22\",\"completedAt\":\"2026-11-22T03:00:00Z\"}");
    }

    @Test
    void S4_aServiceFeeChargedIsPublishedOnSettlementTransactionsKeyedBySerialNumber() {
        io.posflow.settlement.domain.payable.ServiceFeeCharged fee = new io.posflow.settlement.domain.payable.ServiceFeeCharged(
                io.posflow.settlement.domain.payable.MerchantPayableId.of(new MerchantNo("822110054110001")),
                new MerchantNo("822110054110001"), new SerialNumber("LKLE100000000001"), Money.ofFen(4_800),
                LocalDate.parse("2026-11-22"), LocalDate.parse("2027-11-21"), Instant.parse("2026-11-22T02:00:00Z"));

        List<OutboundMessage> out = mapper.map(GenericEventMessage.asEventMessage(fee));

        assertThat(out).hasSize(1);
        OutboundMessage message = out.get(0);
        assertThat(message.topic()).isEqualTo("settlement.transactions.v1");
        assertThat(message.key()).isEqualTo("LKLE100000000001");
        assertThat(message.type()).isEqualTo("posflow.settlement.ServiceFeeCharged.v1");
        assertThat(new String(message.value(), StandardCharsets.UTF_8)).isEqualTo("{\"serialNumber\":"
                + "\"LKLE100000000001\",\"merchantNo\":\"822110054110001\",\"feeFen\":4800,"
                + "\"periodStart\":\"2026-11-22\",\"periodEnd\":\"2027-11-21\","
                + "\"chargedAt\":\"2026-11-22T02:00:00Z\"}");
    }
}
