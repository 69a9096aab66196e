package io.posflow.settlement.adapter.messaging.outbound;

import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.money.Money;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.settlement.CashOutRiskReason;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.platform.messaging.outbound.OutboundMessage;
import io.posflow.settlement.domain.merchant.MerchantNo;
import io.posflow.settlement.domain.transaction.CashOutRiskFlagged;
import io.posflow.settlement.domain.transaction.SaleVoided;
import io.posflow.settlement.domain.transaction.SerialNumber;
import io.posflow.settlement.domain.transaction.TransactionId;
import io.posflow.settlement.domain.transaction.TransactionSettled;
import io.posflow.settlement.domain.transaction.VoidAfterSettlementReported;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The published form of refunds (D2), self-swipe flags (S7) and what voids leave unpublished (T5). */
class HoldsAndRefundsWireFormatTest {

    private static final SerialNumber SERIAL = new SerialNumber("LKLE100000000001");
    private static final MerchantNo MERCHANT = new MerchantNo("822110054110001");

    private final SettlementIntegrationEvents mapper = new SettlementIntegrationEvents(new IntegrationEventCodec());

    @Test
    void S7_aCashOutRiskFlaggedIsPublishedOnSettlementTransactionsKeyedBySerialNumber() {
        CashOutRiskFlagged flagged = new CashOutRiskFlagged(new TransactionId("tx-1"), SERIAL, MERCHANT,
                Money.ofFen(50_000), CashOutRiskReason.DEPOSIT_CARD_USED, LocalDate.parse("2026-11-23"),
                Instant.parse("2026-11-23T02:00:00Z"));

        List<OutboundMessage> out = mapper.map(GenericEventMessage.asEventMessage(flagged));

        assertThat(out).singleElement().satisfies(m -> {
            assertThat(m.topic()).isEqualTo("settlement.transactions.v1");
            assertThat(m.key()).isEqualTo("LKLE100000000001");
            assertThat(m.type()).isEqualTo("posflow.settlement.CashOutRiskFlagged.v1");
            assertThat(new String(m.value(), StandardCharsets.UTF_8)).isEqualTo("{\"transactionId\":\"tx-1\","
                    + "\"serialNumber\":\"LKLE100000000001\",\"merchantNo\":\"822110054110001\",\"amountFen\":50000,"
                    + "\"reason\":\"DEPOSIT_CARD_USED\",\"flaggedAt\":\"2026-11-23T02:00:00Z\"}");
        });
    }

    @Test
    void D2_aRefundIsPublishedWithNegativeAmountFeesAndNetAndItsSale() {
        TransactionSettled refund = new TransactionSettled(new TransactionId("refund-1"), SERIAL, MERCHANT,
                TransactionType.REFUND, PaymentChannel.CARD, CardType.CREDIT, null, Money.ofFen(-300_000),
                Money.ofFen(-1_800), Money.ZERO, Money.ofFen(-298_200), Instant.parse("2026-11-25T02:00:00Z"),
                LocalDate.parse("2026-11-25"), LocalDate.parse("2026-11-26"), SettlementSpeed.T1,
                new TransactionId("sale-1"), Instant.parse("2026-11-25T18:00:01Z"));

        String json = new String(mapper.map(GenericEventMessage.asEventMessage(refund)).get(0).value(),
                StandardCharsets.UTF_8);

        assertThat(json).contains("\"type\":\"REFUND\"", "\"amountFen\":-300000", "\"mdrFeeFen\":-1800",
                "\"surchargeFen\":0", "\"netFen\":-298200", "\"originalTransactionId\":\"sale-1\"");
    }

    @Test
    void T5_voidsAreNotPublishedBySettlement() {
        SaleVoided voided = new SaleVoided(new TransactionId("sale-1"), new TransactionId("void-1"), SERIAL, MERCHANT,
                Money.ofFen(100), LocalDate.parse("2026-11-23"), Instant.parse("2026-11-23T03:00:00Z"));
        VoidAfterSettlementReported late = new VoidAfterSettlementReported(new TransactionId("sale-1"),
                new TransactionId("void-1"), SERIAL, MERCHANT, Money.ofFen(100), LocalDate.parse("2026-11-24"),
                Instant.parse("2026-11-24T03:00:00Z"));

        assertThat(mapper.map(GenericEventMessage.asEventMessage(voided))).isEmpty();
        assertThat(mapper.map(GenericEventMessage.asEventMessage(late))).isEmpty();
    }
}
