package io.posflow.terminal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.EventCatalogue;
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
import io.posflow.contracts.topics.Topics;
import io.posflow.platform.testing.KillAtRandom;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.ServiceProcess;
import io.posflow.platform.testing.SteadyLoad;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12: a device never hears APPROVED for a sale that a crash can erase. terminal-service runs as its own
 * JVM on H2 files; clients capture sales on active terminals while the JVM is killed with {@code kill -9} at
 * random moments and restarted with the same command line. Afterwards every sale answered APPROVED is on
 * {@code terminal.transactions.v1} exactly once (one event, whatever the publisher re-sent), and the
 * restarted service answers normally.
 */
class TerminalKillIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final String CREDIT_PAN = "6258071234567896";
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)(\\d{12})(?!\\d)");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final IntegrationEventCodec WIRE = new IntegrationEventCodec();
    /** The documented simulation key (id sim-2026), as onboarding-service seals with it. */
    private static final SealedValueCodec SEALING = new SealedValueCodec(
            Map.of("sim-2026", Base64.getDecoder().decode("9XFeJMOJ2Mbp4nUxUuH2a4PB0FXyJjDGVAGp91/R3RQ=")), "sim-2026");
    private static final String CAPTURED = EventCatalogue.byClass(
            io.posflow.contracts.terminal.TransactionCaptured.class).ceType();

    /** What was answered other than APPROVED, printed with the figures. */
    private static final java.util.Queue<String> REFUSALS = new java.util.concurrent.ConcurrentLinkedQueue<>();

    /** Kept under target/ so that a failed run's service log can be read. */
    private final Path data = Path.of("target", "kill-it", "terminal-" + System.currentTimeMillis());

    @Test
    void everySaleAnsweredApprovedIsPublishedExactlyOnceThoughTheServiceIsKilledAtRandomMoments() throws Exception {
        RealKafka.ensureTopics(Topics.ONBOARDING_MERCHANTS.partitions(), Topics.ONBOARDING_MERCHANTS.name());
        RealKafka.ensureTopics(Topics.SETTLEMENT_TRANSACTIONS.partitions(), Topics.SETTLEMENT_TRANSACTIONS.name());
        int clients = 6;
        try (ServiceProcess terminal = ServiceProcess.ofThisModule("terminal", data);
             KafkaProducer<String, byte[]> producer = producer()) {
            terminal.start();
            List<String> serials = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                serials.add(activeTerminal(terminal, producer));
            }

            KillAtRandom chaos = new KillAtRandom(terminal, KillAtRandom.seed());
            SteadyLoad<Captures.Sale> load = SteadyLoad.start(i -> new Captures(terminal, serials.get(i)), clients, Long.MAX_VALUE,
                    Duration.ZERO);
            KillAtRandom.Report report = chaos.run(KillAtRandom.kills(3), Duration.ofSeconds(2), Duration.ofSeconds(6),
                    () -> load.acknowledgedCount() > 0);
            await().atMost(DEADLINE).failFast("terminal-service died", () -> !terminal.isAlive())
                    .conditionEvaluationListener(c -> { })
                    .until(() -> load.acknowledgedCount() >= 1_000);
            load.finish(Duration.ofSeconds(30));
            Set<String> approved = load.acknowledged().stream().map(Captures.Sale::transactionId)
                    .collect(Collectors.toSet());

            Map<String, Set<String>> published = awaitPublished(approved);
            List<String> lost = approved.stream().filter(id -> !published.containsKey(id)).toList();
            List<String> twice = approved.stream().filter(id -> published.getOrDefault(id, Set.of()).size() > 1).toList();
            System.out.printf("TerminalKillIT: %d sales answered APPROVED, %d declined, %d attempts unanswered; %s; "
                            + "found on the topic %d, lost %d, published as two events %d%n",
                    approved.size(), load.refused(), load.unavailable(), report,
                    approved.size() - lost.size(), lost.size(), twice.size());
            REFUSALS.forEach(r -> System.out.println("TerminalKillIT: not approved: " + r));
            assertThat(lost).as("approved sales missing from terminal.transactions.v1").isEmpty();
            assertThat(twice).as("approved sales published as more than one event").isEmpty();
            assertThat(report.kills()).isGreaterThanOrEqualTo(1);
            assertThat(terminal.starts()).isEqualTo(report.kills() + 1);
            HttpResponse<String> after = get(terminal, "/api/v1/terminals/" + serials.get(0));
            assertThat(after.statusCode()).as(terminal.tail()).isEqualTo(200);
            assertThat(after.body()).contains("\"status\":\"ACTIVE\"");
        }
    }

    /** Every TransactionCaptured by transaction id, with the distinct event ids (ce_id) it was published under. */
    private static Map<String, Set<String>> awaitPublished(Set<String> approved) {
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), Topics.TERMINAL_TRANSACTIONS.name())) {
            try {
                await().atMost(DEADLINE).until(() -> captured(out).keySet().containsAll(approved));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // reported below, id by id
            }
            return captured(out);
        }
    }

    private static Map<String, Set<String>> captured(TopicRecorder out) {
        Map<String, Set<String>> byTransaction = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : out.records(r -> CAPTURED.equals(TopicRecorder.header(r, "ce_type")))) {
            String transactionId = json(record).path("transactionId").asText();
            byTransaction.computeIfAbsent(transactionId, k -> new HashSet<>()).add(TopicRecorder.header(record, "ce_id"));
        }
        return byTransaction;
    }

    /** The device in one client's hands: small card sales, each under a new transaction id. */
    private record Captures(ServiceProcess terminal, String serial) implements SteadyLoad.Work<Captures.Sale> {

        record Sale(String serial, String transactionId) {
        }

        @Override
        public Sale next() {
            return new Sale(serial, UUID.randomUUID().toString());
        }

        @Override
        public SteadyLoad.Answer send(Sale sale) throws Exception {
            HttpResponse<String> answer = post(terminal, "/api/v1/terminals/" + sale.serial() + "/transactions",
                    sale(sale.transactionId(), 100 + ThreadLocalRandom.current().nextInt(5_000)));
            if (answer.statusCode() >= 500) {
                return SteadyLoad.Answer.UNAVAILABLE;
            }
            if (answer.statusCode() == 201 && answer.body().contains("\"status\":\"APPROVED\"")) {
                return SteadyLoad.Answer.ACKNOWLEDGED;
            }
            REFUSALS.add(answer.statusCode() + " " + answer.body());
            return SteadyLoad.Answer.REFUSED;
        }
    }

    /** Registered, bound by a MerchantOnboarded, code from the simulated SMS entered, deposit swiped: ACTIVE. */
    private static String activeTerminal(ServiceProcess terminal, KafkaProducer<String, byte[]> producer) throws Exception {
        String serial = "LKLE" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        assertThat(post(terminal, "/api/v1/terminals",
                Map.of("serialNumber", serial, "model", "ESIGN", "vendor", "Lakala")).statusCode()).isEqualTo(201);
        MerchantOnboarded onboarded = onboarded(serial, phone);
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.ONBOARDING_MERCHANTS.name(), onboarded.key(),
                WIRE.write(onboarded));
        record.headers().add("ce_id", UUID.randomUUID().toString().getBytes(StandardCharsets.UTF_8));
        record.headers().add("ce_type", EventCatalogue.of(onboarded).ceType().getBytes(StandardCharsets.UTF_8));
        producer.send(record).get();
        String sms = await().atMost(DEADLINE).until(() -> get(terminal, "/api/v1/simulation/sms?phone=" + phone).body(),
                body -> TWELVE_DIGITS.matcher(body).find());
        Matcher code = TWELVE_DIGITS.matcher(sms);
        assertThat(code.find()).isTrue();
        assertThat(post(terminal, "/api/v1/terminals/" + serial + "/activation",
                Map.of("activationCode", code.group(1))).statusCode()).isEqualTo(200);
        HttpResponse<String> deposit = post(terminal, "/api/v1/terminals/" + serial + "/transactions",
                sale(UUID.randomUUID().toString(), 9900));
        assertThat(deposit.body()).contains("\"APPROVED\"");
        return serial;
    }

    private static MerchantOnboarded onboarded(String serial, String phone) {
        String merchantNo = "822110054" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        SettlementAccount account = new SettlementAccount(AccountType.PERSONAL_CARD,
                SEALING.seal("王小明", Mask.NAME), SEALING.seal("6222020200112345679", Mask.CARD_NUMBER),
                "中国工商银行", "中国工商银行北京朝阳支行", SEALING.seal("13800138000", Mask.PHONE));
        return new MerchantOnboarded(merchantNo, UUID.randomUUID().toString(), ApplicantType.PERSONAL,
                "北京市朝阳区老王便利店", "5411", DeviceModel.ESIGN, SettlementSpeed.T1, serial, SEALING.seal(phone, Mask.PHONE),
                account, new BusinessAddress("北京市", "北京市", "朝阳区", "建国路88号"), Instant.parse("2026-11-22T02:15:30Z"));
    }

    private static Map<String, Object> sale(String transactionId, long amountFen) {
        Map<String, Object> body = new HashMap<>();
        body.put("transactionId", transactionId);
        body.put("type", "SALE");
        body.put("channel", "CARD");
        body.put("cardType", "CREDIT");
        body.put("pan", CREDIT_PAN);
        body.put("cardholderName", "李四");
        body.put("amountFen", amountFen);
        body.put("deviceTime", "2026-11-22T03:00:00Z");
        return body;
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, RealKafka.bootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static HttpResponse<String> post(ServiceProcess service, String path, Object body)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(ServiceProcess service, String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(service.baseUrl() + path)).timeout(Duration.ofSeconds(10))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(ConsumerRecord<String, byte[]> record) {
        try {
            return JSON.readTree(record.value());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
