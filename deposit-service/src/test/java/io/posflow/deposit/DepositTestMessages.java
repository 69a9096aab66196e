package io.posflow.deposit;

import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.IntegrationEvent;
import io.posflow.contracts.IntegrationEventCodec;
import io.posflow.contracts.onboarding.AccountType;
import io.posflow.contracts.onboarding.ApplicantType;
import io.posflow.contracts.onboarding.BusinessAddress;
import io.posflow.contracts.onboarding.DeviceModel;
import io.posflow.contracts.onboarding.MerchantOnboarded;
import io.posflow.contracts.onboarding.SettlementAccount;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.pii.Mask;
import io.posflow.contracts.pii.SealedValueCodec;
import io.posflow.contracts.settlement.DepositCollected;
import io.posflow.contracts.settlement.PayoutCompleted;
import io.posflow.contracts.settlement.PayoutPurpose;
import io.posflow.contracts.settlement.SettlementDayClosed;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TerminalReplaced;
import io.posflow.contracts.terminal.TransactionType;
import io.posflow.contracts.topics.TopicDefinition;
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.testing.RealKafka;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ThreadLocalRandom;

/**
 * What other services publish to deposit-service, as they would: the consumed topics (created by
 * their owners, so here by the test) and records with CloudEvents headers from a plain producer.
 */
final class DepositTestMessages implements AutoCloseable {

    static final String MERCHANT_NO = "822110054110001";
    private static final List<TopicDefinition> CONSUMED = List.of(Topics.SETTLEMENT_TRANSACTIONS,
            Topics.ONBOARDING_MERCHANTS, Topics.TERMINAL_TERMINALS, Topics.SETTLEMENT_PAYOUTS);
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** The documented simulation key (id sim-2026), as onboarding-service seals with it. */
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")), "sim-2026");

    private final IntegrationEventCodec codec = new IntegrationEventCodec();
    private final KafkaProducer<String, byte[]> producer;

    private DepositTestMessages() {
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Creates the consumed topics unless an earlier test class of this JVM did, and a producer. */
    static DepositTestMessages open() {
        RealKafka.broker().doWithAdmin(admin -> {
            try {
                Set<String> existing = admin.listTopics().names().get();
                List<NewTopic> missing = CONSUMED.stream().filter(t -> !existing.contains(t.name()))
                        .map(t -> new NewTopic(t.name(), t.partitions(), (short) 1)).toList();
                if (!missing.isEmpty()) {
                    admin.createTopics(missing).all().get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException("Could not create the consumed topics", e);
            }
        });
        return new DepositTestMessages();
    }

    static String anySerialNumber() {
        return "IT" + String.format("%014d", ThreadLocalRandom.current().nextLong(100_000_000_000_000L));
    }

    /** The deposit swipe of an ESIGN (99 yuan) or SMART (299 yuan) terminal, collected by settlement. */
    static DepositCollected depositCollected(String serial, DeviceModel model, Instant capturedAt) {
        return depositCollected(serial, MERCHANT_NO, model, capturedAt);
    }

    static DepositCollected depositCollected(String serial, String merchantNo, DeviceModel model, Instant capturedAt) {
        return new DepositCollected("deposit-" + UUID.randomUUID(), serial, merchantNo, model,
                model == DeviceModel.SMART ? 29_900 : 9_900, capturedAt);
    }

    static String anyMerchantNo() {
        return "8221100541" + String.format("%05d", ThreadLocalRandom.current().nextInt(100_000));
    }

    /** A merchant whose registered phone is sealed with the simulation key, as onboarding-service publishes it. */
    static MerchantOnboarded merchantOnboarded(String merchantNo, String phone) {
        return merchantOnboarded(merchantNo, UUID.randomUUID().toString(), phone);
    }

    /** The same, onboarded from application {@code applicationId} (the data subject, architecture §4). */
    static MerchantOnboarded merchantOnboarded(String merchantNo, String applicationId, String phone) {
        SettlementAccount account = new SettlementAccount(AccountType.PERSONAL_CARD,
                SEALING.seal("王小明", Mask.NAME), SEALING.seal("6222020200112345679", Mask.CARD_NUMBER),
                "中国工商银行", "中国工商银行北京朝阳支行", SEALING.seal(phone, Mask.PHONE));
        return new MerchantOnboarded(merchantNo, applicationId, ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", DeviceModel.ESIGN, SettlementSpeed.T1, null,
                SEALING.seal(phone, Mask.PHONE), account, new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"),
                Instant.parse("2026-11-22T02:15:30Z"));
    }

    /** Settlement paid a deposit back to the merchant's settlement account. */
    static PayoutCompleted refundPaid(String serial, String merchantNo, long amountFen, Instant completedAt) {
        return new PayoutCompleted("payout-" + UUID.randomUUID(), merchantNo, PayoutPurpose.DEPOSIT_REFUND, serial,
                amountFen, completedAt.atZone(SHANGHAI).toLocalDate(), completedAt);
    }

    /** T8: terminal {@code serial} was replaced by {@code newSerial}, keyed by the old serial as terminal-service publishes it. */
    static TerminalReplaced terminalReplaced(String serial, String newSerial, Instant replacedAt) {
        return new TerminalReplaced(serial, newSerial, MERCHANT_NO, DeviceModel.ESIGN, replacedAt);
    }

    static SettlementDayClosed settlementDayClosed(LocalDate businessDate, Instant closedAt) {
        return new SettlementDayClosed(businessDate, closedAt);
    }

    /** A T1 credit-card SALE (or, with a negative amount, a REFUND) settled the next day at 0.60%. */
    static TransactionSettled transactionSettled(String serial, String transactionId, long amountFen,
                                                 Instant capturedAt) {
        long fee = amountFen * 60 / 10_000;
        var businessDate = capturedAt.atZone(SHANGHAI).toLocalDate();
        return new TransactionSettled(transactionId, serial, MERCHANT_NO,
                amountFen < 0 ? TransactionType.REFUND : TransactionType.SALE, PaymentChannel.CARD, CardType.CREDIT,
                null, amountFen, fee, 0, amountFen - fee, capturedAt, businessDate, businessDate.plusDays(1),
                SettlementSpeed.T1, null);
    }

    RecordMetadata send(String topic, IntegrationEvent event) {
        return send(topic, event, UUID.randomUUID().toString());
    }

    /** Sends and waits for the broker's ack; the answer says where the record went. */
    RecordMetadata send(String topic, IntegrationEvent event, String ceId) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, event.key(), codec.write(event));
        record.headers().add("ce_id", utf8(ceId));
        record.headers().add("ce_type", utf8(EventCatalogue.of(event).ceType()));
        try {
            return producer.send(record).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("The test broker refused a record for " + topic, e.getCause());
        }
    }

    /** As settlement writes SettlementDayClosed: explicitly to one partition, whatever the key. */
    void sendToPartition(String topic, int partition, IntegrationEvent event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, partition, event.key(), codec.write(event));
        record.headers().add("ce_id", utf8(UUID.randomUUID().toString()));
        record.headers().add("ce_type", utf8(EventCatalogue.of(event).ceType()));
        producer.send(record);
        producer.flush();
    }

    void sendRaw(String topic, String key, String ceType, String value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, key, utf8(value));
        record.headers().add("ce_id", utf8(UUID.randomUUID().toString()));
        record.headers().add("ce_type", utf8(ceType));
        producer.send(record);
        producer.flush();
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        producer.close();
    }
}
