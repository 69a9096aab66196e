package io.posflow.settlement;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.deposit.DepositRefundTriggered;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.terminal.CardSummary;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TerminalActivated;
import io.posflow.contracts.terminal.TransactionCaptured;
import io.posflow.contracts.terminal.TransactionPurpose;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.terminal.TransactionVoided;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.TestProducer;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;

/** What other services publish to settlement, as the payout and service-fee ITs send it. */
final class SettlementTestEvents {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    static final IntegrationEventCodec CODEC = new IntegrationEventCodec();
    /** The documented simulation key (architecture §4 sealing); tests seal with it as onboarding would. */
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")),
            "sim-2026");
    private static final AtomicLong NEXT = new AtomicLong(ThreadLocalRandom.current().nextLong(10_000, 90_000));

    private SettlementTestEvents() {
    }

    /** The topics settlement consumes exist before it subscribes, as their owners create them. */
    static void consumedTopicsExist() {
        for (var topic : List.of(Topics.ONBOARDING_MERCHANTS, Topics.TERMINAL_TERMINALS, Topics.TERMINAL_TRANSACTIONS,
                Topics.DEPOSIT_DEPOSITS)) {
            RealKafka.ensureTopics(topic.partitions(), topic.name());
        }
    }

    static void send(TestProducer producer, String topic, IntegrationEvent event) {
        send(producer, topic, event, UUID.randomUUID().toString());
    }

    static void send(TestProducer producer, String topic, IntegrationEvent event, String ceId) {
        producer.send(topic, event.key(), EventCatalogue.of(event).ceType(), ceId, CODEC.write(event));
    }

    static MerchantOnboarded merchantOnboarded(String merchantNo, SettlementSpeed speed) {
        return new MerchantOnboarded(merchantNo, "app-" + UUID.randomUUID(), ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", DeviceModel.ESIGN, speed, null,
                SEALING.seal("13800138000", Mask.PHONE),
                new SettlementAccount(AccountType.PERSONAL_CARD, SEALING.seal("王小明", Mask.NAME),
                        SEALING.seal("6222020200112233445", Mask.CARD_NUMBER), "中国工商银行", null,
                        SEALING.seal("13800138000", Mask.PHONE)),
                null, Instant.parse("2026-11-22T01:00:00Z"));
    }

    static TransactionCaptured sale(String serial, String merchantNo, long amountFen, Instant capturedAt,
                                    SettlementSpeed speed) {
        String transactionId = "tx-" + UUID.randomUUID();
        return new TransactionCaptured(transactionId, serial, merchantNo, TransactionType.SALE,
                TransactionPurpose.SALE, PaymentChannel.CARD, CardType.CREDIT, null, new CardSummary("625807", "1234"),
                amountFen, capturedAt, LocalDate.ofInstant(capturedAt, SHANGHAI), null, null, "fp-" + transactionId,
                ApplicantType.PERSONAL, speed, null);
    }

    static TransactionCaptured refund(TransactionCaptured sale, long amountFen, Instant capturedAt) {
        String transactionId = "tx-" + UUID.randomUUID();
        return new TransactionCaptured(transactionId, sale.serialNumber(), sale.merchantNo(), TransactionType.REFUND,
                TransactionPurpose.SALE, sale.channel(), sale.cardType(), null, sale.card(), amountFen, capturedAt,
                LocalDate.ofInstant(capturedAt, SHANGHAI), sale.transactionId(), null, "fp-" + transactionId,
                sale.applicantType(), sale.speed(), null);
    }

    static TransactionVoided voided(TransactionCaptured sale, Instant voidedAt) {
        return new TransactionVoided("tx-" + UUID.randomUUID(), sale.transactionId(), sale.serialNumber(),
                sale.merchantNo(), sale.amountFen(), sale.businessDate(), voidedAt);
    }

    static TerminalActivated activated(String serial, String merchantNo, Instant activatedAt) {
        return new TerminalActivated(serial, merchantNo, DeviceModel.ESIGN, "tx-" + UUID.randomUUID(), 9_900,
                activatedAt);
    }

    static DepositRefundTriggered refundTriggered(String serial, String merchantNo, long depositFen, Instant at) {
        return new DepositRefundTriggered(serial, merchantNo, depositFen, at.minus(Duration.ofDays(30)),
                at.plus(Duration.ofDays(30)), 10_000_000, 10_000_000, at);
    }

    static boolean isType(ConsumerRecord<String, byte[]> record, String eventName) {
        return ("posflow.settlement." + eventName + ".v1").equals(
                io.posflow.platform.testing.TopicRecorder.header(record, "ce_type"));
    }

    static String anyMerchantNo() {
        return "8221100542" + String.format("%05d", NEXT.incrementAndGet() % 100_000);
    }

    static String anySerialNumber() {
        return "LKLF" + String.format("%012d", NEXT.incrementAndGet());
    }
}
