package io.posflow.localstack;

import com.fasterxml.jackson.databind.JsonNode;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One merchant's way through posflow, driven only through REST as the merchant app, the POS device and
 * ops would: apply, get approved, activate the terminal with the SMS code, pay the deposit, sell. Used
 * by the demo and by the system test.
 */
final class Walkthrough {

    /** Waits for an asynchronous outcome against a deadline (Awaitility in tests, a loop in the demo). */
    interface Waiter {
        <T> T until(String what, Supplier<T> probe, Predicate<T> done);

        /** Polls every {@code interval} until done, and gives up after {@code deadline} (the command-line tools). */
        static Waiter polling(Duration deadline, Duration interval) {
            return new Waiter() {
                @Override
                public <T> T until(String what, Supplier<T> probe, Predicate<T> done) {
                    Instant giveUp = Instant.now().plus(deadline);
                    T value = probe.get();
                    while (!done.test(value)) {
                        if (Instant.now().isAfter(giveUp)) {
                            throw new IllegalStateException("Gave up waiting for " + what + "; last seen: " + value);
                        }
                        try {
                            Thread.sleep(interval.toMillis());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            throw new IllegalStateException("Interrupted while waiting for " + what, e);
                        }
                        value = probe.get();
                    }
                    return value;
                }
            };
        }
    }

    record Merchant(String serialNumber, String applicationId, String merchantNo, String phone, String idNumber,
                    String name, String settlementCard, String depositCard) {

        /** Every clear personal datum of this merchant: none may appear on a topic. */
        List<String> clearPersonalData() {
            return List.of(phone, idNumber, name, settlementCard, depositCard);
        }
    }

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Spring Festival 2026: the 14th (a make-up Saturday) settles on the 24th. */
    private static final int LONGEST_WAIT_FOR_A_RUN_DAYS = 10;
    static final long ESIGN_DEPOSIT_FEN = 9_900;
    /** A few seconds after settlement's daily run is due (02:00 Shanghai), so the jump makes it due. */
    private static final LocalTime DAILY_RUN_AT = LocalTime.of(2, 0, 5);
    private static final Pattern TWELVE_DIGITS = Pattern.compile("(?<!\\d)(\\d{12})(?!\\d)");
    private static final String[] SHOPS = {"老街便利店", "惠民超市", "阳光水果店", "好运小吃", "万家粮油店"};
    /** The smallest JPEG: start of image, a JFIF header, end of image (recognised by content, architecture §5). */
    private static final byte[] TINY_JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0x00, 0x10, 'J', 'F',
        'I', 'F', 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, (byte) 0xFF, (byte) 0xD9};
    private static final String[] GIVEN = {"小明", "建国", "丽华", "志强", "秀英", "海燕", "卫东", "春梅"};

    private final StackClient client;
    private final Waiter waiter;

    Walkthrough(StackClient client, Waiter waiter) {
        this.client = client;
        this.waiter = waiter;
    }

    /** Registers a stock terminal, applies for a merchant naming it, and waits for the approval. */
    Merchant onboard() {
        return onboard("T1");
    }

    /** As {@link #onboard()}, settled {@code T1} (the default) or {@code T0} (O6: at capture, S3). */
    Merchant onboard(String settlementSpeed) {
        Applicant applicant = Applicant.fresh(TestIdentities.phone());
        String applicationId = submit(applicant, uploadedMaterials("scene_photo.jpg"), settlementSpeed);
        return approved(applicant, applicationId);
    }

    /**
     * O7: the stall photo is blurry (K7: the document check's test value is a file name containing
     * {@code blurry}), so the application is RETURNED; the applicant uploads a better photo, resubmits, and
     * the second round is APPROVED.
     */
    Merchant onboardAfterAResubmission() {
        Applicant applicant = Applicant.fresh(TestIdentities.phone());
        String applicationId = submit(applicant, uploadedMaterials("scene_photo blurry.jpg"), "T1");
        JsonNode returned = awaitApplication(applicationId, "RETURNED");
        if (!returned.path("reasons").toString().contains("MATERIAL_BLURRY")) {
            throw new IllegalStateException("Returned for other reasons: " + returned.path("reasons"));
        }
        String betterPhoto = upload("SCENE_PHOTO", "scene_photo retaken.jpg");
        expect(202, client.post("onboarding", "/api/v1/applications/" + applicationId + "/resubmissions",
                Map.of("materials", List.of(Map.of("kind", "SCENE_PHOTO", "documentId", betterPhoto)))), "resubmit");
        return approved(applicant, applicationId);
    }

    /**
     * O7: the face check does not pass (K5: the identity provider's test value is a phone ending 0001), so
     * the application waits in the ops review queue; ops look at it and approve it.
     */
    Merchant onboardThroughManualReview() {
        Applicant applicant = Applicant.fresh(TestIdentities.phoneEnding("0001"));
        String applicationId = submit(applicant, uploadedMaterials("scene_photo.jpg"), "T1");
        awaitApplication(applicationId, "MANUAL_REVIEW");
        JsonNode queue = client.get("onboarding", "/api/v1/ops/manual-reviews").body();
        if (!queue.toString().contains(applicationId)) {
            throw new IllegalStateException("The review queue does not list " + applicationId);
        }
        expect(200, client.post("onboarding", "/api/v1/applications/" + applicationId + "/review-decision",
                Map.of("decision", "APPROVE", "reviewer", "walkthrough")), "ops approve");
        return approved(applicant, applicationId);
    }

    /**
     * O4/K9: the applicant went to a branch of the partner bank TESTBANK, whose staff saw the originals; the
     * bank uploads the photos, signs the application and publishes it on Kafka. No face capture is needed.
     */
    Merchant onboardThroughPartnerBank() {
        Applicant a = Applicant.fresh(TestIdentities.phone());
        expect(201, client.post("terminal", "/api/v1/terminals",
                Map.of("serialNumber", a.serial(), "model", "ESIGN", "vendor", "Lakala")), "register terminal");
        List<Map<String, String>> materials = new ArrayList<>();
        for (String kind : List.of("ID_FRONT", "ID_BACK", "BANK_CARD", "SCENE_PHOTO")) {
            materials.add(Map.of("kind", kind, "documentId", upload(kind, kind.toLowerCase(Locale.ROOT) + ".jpg")));
        }
        Map<String, Object> application = application(a.serial(), a.phone(), a.idNumber(), a.name(), a.card(),
                materials, "T1");
        application.remove("channel");
        String reference = "TESTBANK-" + a.serial();
        Map<String, Object> message = new java.util.LinkedHashMap<>();
        message.put("bankCode", TestBank.CODE);
        message.put("bankReference", reference);
        message.put("branchCode", "110105001");
        message.put("staffId", "E2231");
        message.put("verifiedInPersonAt", now().toString());
        message.put("application", application);
        TestBank.send(reference, StackClient.json(message));
        String applicationId = TestBank.applicationId(reference);
        waiter.until("application " + applicationId + " received from the bank",
                () -> client.get("onboarding", "/api/v1/applications/" + applicationId).status(), s -> s == 200);
        return approved(a, applicationId);
    }

    /** Who applies: a fresh simulation identity with a terminal of their own in stock. */
    private record Applicant(String serial, String phone, String idNumber, String name, String card) {

        static Applicant fresh(String phone) {
            String serial = TestIdentities.serialNumber("LKLE");
            return new Applicant(serial, phone, TestIdentities.idNumber(),
                    "王" + GIVEN[Math.floorMod(serial.hashCode(), GIVEN.length)], TestIdentities.debitCard());
        }
    }

    private String submit(Applicant a, List<Map<String, String>> materials, String settlementSpeed) {
        expect(201, client.post("terminal", "/api/v1/terminals",
                Map.of("serialNumber", a.serial(), "model", "ESIGN", "vendor", "Lakala")), "register terminal");
        StackClient.Response submitted = expect(202, client.post("onboarding", "/api/v1/applications",
                application(a.serial(), a.phone(), a.idNumber(), a.name(), a.card(), materials, settlementSpeed)),
                "submit application");
        return submitted.body().get("applicationId").asText();
    }

    private Merchant approved(Applicant a, String applicationId) {
        JsonNode approved = awaitApplication(applicationId, "APPROVED");
        return new Merchant(a.serial(), applicationId, approved.get("merchantNo").asText(), a.phone(), a.idNumber(),
                a.name(), a.card(), TestIdentities.creditCard());
    }

    private JsonNode awaitApplication(String applicationId, String status) {
        return waiter.until("application " + applicationId + " " + status,
                () -> client.get("onboarding", "/api/v1/applications/" + applicationId).body(),
                a -> status.equals(a.path("status").asText()));
    }

    /** Reads the activation code from the SMS terminal-service sent to the merchant's phone. */
    String activationCode(Merchant m) {
        JsonNode sms = waiter.until("activation code SMS to " + m.serialNumber(),
                () -> client.get("terminal", "/api/v1/simulation/sms?phone=" + m.phone()).body(),
                list -> list.isArray() && list.size() > 0);
        Matcher code = TWELVE_DIGITS.matcher(sms.get(sms.size() - 1).get("text").asText());
        if (!code.find()) {
            throw new IllegalStateException("The activation SMS carries no 12-digit code");
        }
        return code.group(1);
    }

    void activate(Merchant m, String code) {
        JsonNode answer = expect(200, client.post("terminal", "/api/v1/terminals/" + m.serialNumber() + "/activation",
                Map.of("activationCode", code)), "activate").body();
        if (!"AWAITING_DEPOSIT".equals(answer.path("status").asText())
                || answer.path("depositFen").asLong() != ESIGN_DEPOSIT_FEN) {
            throw new IllegalStateException("Activation answered " + answer);
        }
    }

    /** The deposit swipe on the merchant's own credit card, for exactly the model's deposit (T3). */
    String payDeposit(Merchant m) {
        return capture(m, ESIGN_DEPOSIT_FEN, m.depositCard());
    }

    String sell(Merchant m, long amountFen) {
        return capture(m, amountFen, TestIdentities.creditCard());
    }

    private String capture(Merchant m, long amountFen, String pan) {
        String transactionId = UUID.randomUUID().toString();
        Map<String, Object> body = saleBody(m, transactionId, amountFen, pan);
        JsonNode answer = expect(201, client.post("terminal", Payment.capturePath(m.serialNumber()), body),
                "capture").body();
        if (!"APPROVED".equals(answer.path("status").asText())) {
            throw new IllegalStateException("Capture of " + amountFen + " fen answered " + answer);
        }
        return transactionId;
    }

    /** The body of a credit-card SALE as the device sends it (see {@link Payment#body}). */
    static Map<String, Object> saleBody(Merchant m, String transactionId, long amountFen, String pan) {
        return Payment.card("CREDIT", pan, m.name()).body(transactionId, "SALE", amountFen, null);
    }

    /**
     * The merchant's terminal from BOUND to ACTIVE with its deposit HELD: the code from the SMS entered, the deposit
     * swiped on the merchant's own credit card (T3), and deposit-service holding it; returns the deposit (D6).
     */
    JsonNode openWithDepositHeld(Merchant m) {
        activate(m, activationCode(m));
        payDeposit(m);
        return awaitDeposit(m, "HELD");
    }

    JsonNode deposit(Merchant m) {
        return client.get("deposit", "/api/v1/deposits/" + m.serialNumber()).body();
    }

    JsonNode awaitDeposit(Merchant m, String status) {
        return waiter.until("deposit of " + m.serialNumber() + " " + status, () -> deposit(m),
                d -> status.equals(d.path("status").asText()));
    }

    List<String> depositSms(Merchant m) {
        List<String> texts = new ArrayList<>();
        client.get("deposit", "/api/v1/simulation/sms?phone=" + m.phone()).body()
                .forEach(s -> texts.add(s.get("text").asText()));
        return texts;
    }

    /**
     * A moment by which the business date of {@code instant} has surely been settled and closed: the run of the
     * next business day settles it (S2), and weekends and holidays push that day out by up to nine days
     * (Spring Festival), so this is 02:10 Shanghai ten days later. The walkthrough only talks REST, so it does
     * not read settlement's calendar; a jump of ten days runs every missed run in order anyway.
     */
    static Instant afterSettlementOf(Instant instant) {
        LocalDate businessDate = instant.atZone(SHANGHAI).toLocalDate();
        return businessDate.plusDays(LONGEST_WAIT_FOR_A_RUN_DAYS).atTime(LocalTime.of(2, 10)).atZone(SHANGHAI)
                .toInstant();
    }

    /**
     * Just after settlement's daily run (02:00 Shanghai, its {@code posflow.settlement.run.at}) on the first weekday
     * after {@code businessDate}: the run that settles that date (S2, T+1) when no public holiday falls between —
     * the walkthrough talks REST only, so it does not read settlement's holiday calendar.
     */
    static Instant nextWeekdayRunAfter(LocalDate businessDate) {
        LocalDate day = businessDate.plusDays(1);
        while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
            day = day.plusDays(1);
        }
        return day.atTime(DAILY_RUN_AT).atZone(SHANGHAI).toInstant();
    }

    void moveClocks(Instant instant) {
        client.moveClocks(instant);
    }

    Instant now() {
        return client.clock("terminal");
    }

    /**
     * O2: a personal online applicant's photos, uploaded first (the application names them by document id;
     * the file names are what the document check K7 sees).
     */
    private List<Map<String, String>> uploadedMaterials(String scenePhotoFileName) {
        List<Map<String, String>> materials = new ArrayList<>();
        for (String kind : List.of("ID_FRONT", "ID_BACK", "FACE_LIVENESS", "BANK_CARD")) {
            materials.add(Map.of("kind", kind, "documentId", upload(kind, kind.toLowerCase(Locale.ROOT) + ".jpg")));
        }
        materials.add(Map.of("kind", "SCENE_PHOTO", "documentId", upload("SCENE_PHOTO", scenePhotoFileName)));
        return materials;
    }

    private String upload(String kind, String fileName) {
        return expect(201, client.upload("onboarding", "/api/v1/documents", fileName, "image/jpeg", TINY_JPEG),
                "upload " + kind).body().get("documentId").asText();
    }

    private static Map<String, Object> application(String serial, String phone, String idNumber, String name,
                                                   String card, List<Map<String, String>> materials,
                                                   String settlementSpeed) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("channel", "ONLINE");
        body.put("applicantType", "PERSONAL");
        // The shop's name is business data and must not carry the owner's name: the test checks that no
        // topic holds the owner's name in clear.
        body.put("merchantName", "北京市朝阳区" + SHOPS[Math.floorMod(serial.hashCode(), SHOPS.length)]);
        body.put("mcc", "5411");
        body.put("businessAddress", Map.of("province", "北京市", "city", "北京市", "district", "朝阳区",
                "street", "建国路88号"));
        body.put("deviceModel", "ESIGN");
        body.put("settlementSpeed", settlementSpeed);
        body.put("terminalSerialNumber", serial);
        body.put("applicant", Map.of("name", name, "idNumber", idNumber, "idValidUntil", "2035-05-01",
                "phone", phone));
        body.put("settlementAccount", Map.of("holderName", name, "cardNumber", card, "bankName", "中国工商银行",
                "branchName", "中国工商银行北京朝阳支行", "reservedPhone", phone));
        body.put("materials", materials);
        body.put("agreement", Map.of("signedName", name));
        return body;
    }

    private static StackClient.Response expect(int status, StackClient.Response response, String what) {
        if (response.status() != status) {
            throw new IllegalStateException(what + " answered " + response.status() + ": " + response.body());
        }
        return response;
    }
}
