package io.posflow.onboarding;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.posflow.contracts.EventCatalogue;
import io.posflow.contracts.topics.Topics;
import io.posflow.onboarding.domain.document.DocumentSamples;
import io.posflow.platform.testing.KillAtRandom;
import io.posflow.platform.testing.RealKafka;
import io.posflow.platform.testing.ServiceProcess;
import io.posflow.platform.testing.SteadyLoad;
import io.posflow.platform.testing.TopicRecorder;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issues 12 and 13 for onboarding-service: an applicant never hears 202 for an application that a crash can
 * erase, and a crash in the middle of intake — its busiest work — leaves nothing half done. onboarding-service
 * runs as its own JVM on H2 files (documents under the same data folder); several clients submit valid
 * applications over REST while the JVM is killed with {@code kill -9} at random moments, always with requests
 * in flight, and restarted with the same command line. Each application carries its own
 * {@code Idempotency-Key}, which is its application id: an attempt that got no answer is sent again with the
 * same key and body, and is the same application whether or not the killed JVM had stored it.
 *
 * <p>Afterwards every application answered 202 is on {@code onboarding.applications.v1} as exactly one
 * ApplicationSubmitted (one event id, whatever the publisher re-sent after a kill), is readable (200), and
 * repeating it answers the same application without publishing a second one.
 */
class OnboardingKillIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final int CLIENTS = 6;
    /** Enough applications that every kill lands among many in flight, within CI's time on two cores. */
    private static final int APPLICATIONS = 1_000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final String SUBMITTED = EventCatalogue.byClass(
            io.posflow.contracts.onboarding.ApplicationSubmitted.class).ceType();

    /**
     * A valid ONLINE PERSONAL application (O1–O4, K1–K3, K8); the applicant's ID number, phone and card are
     * filled in per application, every material names the one uploaded photo.
     */
    private static final String APPLICATION = """
            { "channel": "ONLINE",
              "applicantType": "PERSONAL",
              "merchantName": "北京市朝阳区老王便利店",
              "mcc": "5411",
              "businessAddress": {"province": "北京市", "city": "北京市", "district": "朝阳区", "street": "建国路88号"},
              "deviceModel": "ESIGN",
              "applicant": {"name": "王小明", "idNumber": "%1$s", "idValidUntil": "2035-05-01", "phone": "%2$s"},
              "settlementAccount": {"holderName": "王小明", "cardNumber": "%3$s", "bankName": "中国工商银行",
                                    "reservedPhone": "%2$s"},
              "materials": [{"kind": "ID_FRONT", "documentId": "%4$s"}, {"kind": "ID_BACK", "documentId": "%4$s"},
                            {"kind": "FACE_LIVENESS", "documentId": "%4$s"}, {"kind": "BANK_CARD", "documentId": "%4$s"},
                            {"kind": "SCENE_PHOTO", "documentId": "%4$s"}],
              "agreement": {"signedName": "王小明"} }
            """;

    /** Applicants so far: each application is a different person (O8 counts at most 3 per ID number). */
    private static final AtomicInteger APPLICANTS = new AtomicInteger();
    /** Requests sent and not answered yet: the kills are made while there are some. */
    private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
    /** What was answered other than 202 for a valid application, printed with the figures. */
    private static final Queue<String> REFUSALS = new ConcurrentLinkedQueue<>();

    /** Kept under target/ so that a failed run's service log and database can be read. */
    private final Path data = Path.of("target", "kill-it", "onboarding-" + System.currentTimeMillis());

    @Test
    void everyApplicationAnswered202IsPublishedOnceAndReadableThoughTheServiceIsKilledDuringIntake() throws Exception {
        // The KYC verdicts the service consumes; no verdict is sent, so the applications stay UNDER_REVIEW.
        RealKafka.ensureTopics(Topics.KYC_VERIFICATIONS.partitions(), Topics.KYC_VERIFICATIONS.name());
        try (ServiceProcess onboarding = ServiceProcess.ofThisModule("onboarding", data)) {
            onboarding.start();
            // O2: every material names an uploaded document; one photo serves them all, in every application.
            String photo = uploadPhoto(onboarding);

            KillAtRandom chaos = new KillAtRandom(onboarding, KillAtRandom.seed());
            SteadyLoad<Submission> load = SteadyLoad.start(i -> new Applicant(onboarding, photo), CLIENTS, Long.MAX_VALUE,
                    Duration.ZERO);
            // Issue 13: each kill lands in the middle of intake, with submissions in flight (noted for the summary).
            List<String> killedDuring = new ArrayList<>();
            KillAtRandom.Report report = chaos.run(KillAtRandom.kills(3), Duration.ofSeconds(3), Duration.ofSeconds(8),
                    () -> {
                        int inFlight = IN_FLIGHT.get();
                        if (inFlight == 0 || load.acknowledgedCount() == 0) {
                            return false;
                        }
                        killedDuring.add("%d in flight after %d answered 202".formatted(inFlight, load.acknowledgedCount()));
                        return true;
                    });
            await().atMost(DEADLINE).failFast("onboarding-service died", () -> !onboarding.isAlive())
                    .until(() -> load.acknowledgedCount() >= APPLICATIONS);
            load.finish(Duration.ofSeconds(30));
            Set<String> acknowledged = load.acknowledged().stream().map(Submission::applicationId)
                    .collect(Collectors.toSet());

            Map<String, Set<String>> published = awaitPublished(acknowledged);
            List<String> lost = acknowledged.stream().filter(id -> !published.containsKey(id)).toList();
            List<String> twice = acknowledged.stream().filter(id -> published.getOrDefault(id, Set.of()).size() > 1)
                    .toList();
            List<String> unreadable = unreadable(onboarding, acknowledged);
            System.out.printf("OnboardingKillIT: %d applications answered 202, %d refused, %d attempts unanswered; %s; "
                            + "killed with %s; found on the topic %d, lost %d, published twice %d, unreadable after the "
                            + "restarts %d%n",
                    acknowledged.size(), load.refused(), load.unavailable(), report, killedDuring,
                    acknowledged.size() - lost.size(), lost.size(), twice.size(), unreadable.size());
            REFUSALS.forEach(r -> System.out.println("OnboardingKillIT: not accepted: " + r));

            assertThat(lost).as("applications answered 202 missing from onboarding.applications.v1").isEmpty();
            assertThat(twice).as("applications published as more than one ApplicationSubmitted").isEmpty();
            assertThat(unreadable).as("applications answered 202 that GET does not find (200, UNDER_REVIEW)").isEmpty();
            assertThat(REFUSALS).as("valid applications answered other than 202").isEmpty();
            assertThat(report.kills()).isGreaterThanOrEqualTo(1);
            assertThat(onboarding.starts()).isEqualTo(report.kills() + 1);

            // The restarted service answers a repeated application (same Idempotency-Key) with the same one, and
            // publishes nothing more for it.
            List<Submission> repeated = load.acknowledged().stream().limit(20).toList();
            for (Submission submission : repeated) {
                HttpResponse<String> again = submit(onboarding, submission);
                assertThat(again.statusCode()).as(again.body()).isEqualTo(202);
                assertThat(JSON.readTree(again.body()).path("applicationId").asText())
                        .isEqualTo(submission.applicationId());
            }
            try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), Topics.ONBOARDING_APPLICATIONS.name())) {
                try {
                    // Still one event each for a while after the repeats: a second one would follow them within it.
                    await().during(Duration.ofSeconds(5)).atMost(Duration.ofSeconds(30)).until(() -> {
                        Map<String, Set<String>> now = submitted(out);
                        return repeated.stream().allMatch(s -> now.getOrDefault(s.applicationId(), Set.of()).size() == 1);
                    });
                } catch (org.awaitility.core.ConditionTimeoutException e) {
                    // reported below, id by id
                }
                Map<String, Set<String>> afterRepeats = submitted(out);
                assertThat(repeated).allSatisfy(s -> assertThat(afterRepeats.get(s.applicationId()))
                        .as("ApplicationSubmitted event ids of %s after repeating it", s.applicationId()).hasSize(1));
            }
        }
    }

    /** Every ApplicationSubmitted by application id, with the distinct event ids (ce_id) it was published under. */
    private static Map<String, Set<String>> awaitPublished(Set<String> acknowledged) {
        try (TopicRecorder out = new TopicRecorder(RealKafka.bootstrapServers(), Topics.ONBOARDING_APPLICATIONS.name())) {
            try {
                await().atMost(DEADLINE).until(() -> submitted(out).keySet().containsAll(acknowledged));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                // reported by the caller, id by id
            }
            return submitted(out);
        }
    }

    private static Map<String, Set<String>> submitted(TopicRecorder out) {
        Map<String, Set<String>> byApplication = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : out.records(r -> SUBMITTED.equals(TopicRecorder.header(r, "ce_type")))) {
            String applicationId = json(record.value()).path("applicationId").asText();
            byApplication.computeIfAbsent(applicationId, k -> new HashSet<>()).add(TopicRecorder.header(record, "ce_id"));
        }
        return byApplication;
    }

    /** The acknowledged applications that {@code GET /applications/{id}} does not answer 200 UNDER_REVIEW for. */
    private static List<String> unreadable(ServiceProcess onboarding, Set<String> acknowledged) throws Exception {
        List<String> unreadable = new ArrayList<>();
        for (String id : acknowledged) {
            HttpResponse<String> view = HTTP.send(HttpRequest.newBuilder(URI.create(
                            onboarding.baseUrl() + "/api/v1/applications/" + id)).timeout(Duration.ofSeconds(10)).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (view.statusCode() != 200 || !"UNDER_REVIEW".equals(json(view.body()).path("status").asText())
                    || json(view.body()).path("round").asInt() != 1) {
                unreadable.add(id + ": " + view.statusCode() + " " + view.body());
            }
        }
        return unreadable;
    }

    /** One application, under the id its client chose: sent again, unchanged, until answered. */
    private record Submission(String applicationId, String body) {
    }

    /** An agent's app submitting applications for new applicants, one after another. */
    private record Applicant(ServiceProcess onboarding, String photo) implements SteadyLoad.Work<Submission> {

        @Override
        public Submission next() {
            int n = APPLICANTS.incrementAndGet();
            return new Submission(UUID.randomUUID().toString(),
                    APPLICATION.formatted(idNumber(n), "139" + String.format("%08d", n), debitCard(n), photo));
        }

        @Override
        public SteadyLoad.Answer send(Submission submission) throws Exception {
            HttpResponse<String> answer;
            IN_FLIGHT.incrementAndGet();
            try {
                answer = submit(onboarding, submission);
            } finally {
                IN_FLIGHT.decrementAndGet();
            }
            if (answer.statusCode() >= 500) {
                return SteadyLoad.Answer.UNAVAILABLE;
            }
            if (answer.statusCode() == 202
                    && submission.applicationId().equals(json(answer.body()).path("applicationId").asText())
                    && "UNDER_REVIEW".equals(json(answer.body()).path("status").asText())) {
                return SteadyLoad.Answer.ACKNOWLEDGED;
            }
            REFUSALS.add(submission.applicationId() + ": " + answer.statusCode() + " " + answer.body());
            return SteadyLoad.Answer.REFUSED;
        }
    }

    private static HttpResponse<String> submit(ServiceProcess onboarding, Submission submission)
            throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(onboarding.baseUrl() + "/api/v1/applications"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "application/json")
                        .header("Idempotency-Key", submission.applicationId())
                        .POST(HttpRequest.BodyPublishers.ofString(submission.body())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** {@code POST /api/v1/documents} with a small JPEG as the multipart part {@code file}. */
    private static String uploadPhoto(ServiceProcess onboarding) throws IOException, InterruptedException {
        String boundary = "posflow-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"photo.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(DocumentSamples.jpeg());
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(URI.create(onboarding.baseUrl() + "/api/v1/documents"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                        .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created.body()).path("documentId").asText();
    }

    /**
     * K1: a valid GB 11643 number (Shanghai Huangpu, born early 1980: 18 to 65 years old), a different one for
     * each {@code n} — 999 sequence numbers a day, then the next day.
     */
    private static String idNumber(int n) {
        String birth = LocalDate.of(1980, 1, 1).plusDays(n / 999).format(DateTimeFormatter.BASIC_ISO_DATE);
        String body = "310101" + birth + String.format("%03d", n % 999 + 1);
        int[] weights = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            sum += (body.charAt(i) - '0') * weights[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }

    /** K3: a 19-digit debit card of the test BIN 622202 with its Luhn check digit, a different one for each {@code n}. */
    private static String debitCard(int n) {
        String body = "622202" + String.format("%012d", n);
        int sum = 0;
        for (int i = 0; i < body.length(); i++) {
            int digit = body.charAt(body.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return body + (10 - sum % 10) % 10;
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return JSON.missingNode();
        }
    }

    private static JsonNode json(byte[] bytes) {
        try {
            return JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
