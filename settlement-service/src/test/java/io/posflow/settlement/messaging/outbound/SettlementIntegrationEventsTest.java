package io.posflow.settlement.messaging.outbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import io.posflow.settlement.merchant.MerchantNo;
import io.posflow.settlement.money.Money;
import io.posflow.settlement.transaction.CaptureRecorded;
import io.posflow.settlement.transaction.DepositCollected;
import io.posflow.settlement.transaction.SerialNumber;
import io.posflow.settlement.transaction.TransactionId;
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
}
