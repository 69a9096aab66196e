package io.posflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.posflow.contracts.onboarding.SettlementSpeed;
import io.posflow.contracts.partnerbank.PartnerBankApplicationSubmitted;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.CardType;
import io.posflow.contracts.terminal.PaymentChannel;
import io.posflow.contracts.terminal.TransactionType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WireFormatTest {

    private static final ObjectMapper MAPPER = ContractsJson.objectMapper();

    /** A T0 refund of 123.45 yuan on a credit card: 0.60% fee 74 fen and 0.05% surcharge 6 fen, all negative. */
    private static final TransactionSettled REFUND = new TransactionSettled("7a1d0c55-3e2f-4f7b-8d9a-6b5c4d3e2f10",
            "LKLE100000000001", "822110054110001", TransactionType.REFUND, PaymentChannel.CARD, CardType.CREDIT, null,
            -12345, -74, -6, -12265, Instant.parse("2026-11-23T03:00:00Z"), LocalDate.parse("2026-11-23"),
            LocalDate.parse("2026-11-23"), SettlementSpeed.T0, "3f0c9a52-7d4e-4b0a-9c61-0f3c2e1d5a77");

    private static final String REFUND_JSON = "{"
            + "\"transactionId\":\"7a1d0c55-3e2f-4f7b-8d9a-6b5c4d3e2f10\","
            + "\"serialNumber\":\"LKLE100000000001\","
            + "\"merchantNo\":\"822110054110001\","
            + "\"type\":\"REFUND\","
            + "\"channel\":\"CARD\","
            + "\"cardType\":\"CREDIT\","
            + "\"amountFen\":-12345,"
            + "\"mdrFeeFen\":-74,"
            + "\"surchargeFen\":-6,"
            + "\"netFen\":-12265,"
            + "\"capturedAt\":\"2026-11-23T03:00:00Z\","
            + "\"businessDate\":\"2026-11-23\","
            + "\"settlementDate\":\"2026-11-23\","
            + "\"speed\":\"T0\","
            + "\"originalTransactionId\":\"3f0c9a52-7d4e-4b0a-9c61-0f3c2e1d5a77\""
            + "}";

    private static final Set<String> PERSONAL_FIELDS = Set.of("name", "idNumber", "phone", "reservedPhone", "holderName",
            "cardNumber", "signedName", "legalRepresentative");

    static Stream<IntegrationEvent> samples() {
        return SampleEvents.all().stream();
    }

    static Stream<EventType> eventTypes() {
        return EventCatalogue.all().stream();
    }

    @Test
    void aRefundSettlesWithExactlyThisJson() throws Exception {
        assertThat(MAPPER.writeValueAsString(REFUND)).isEqualTo(REFUND_JSON);
    }

    @Test
    void theRefundJsonReadsBackToTheSameEvent() throws Exception {
        assertThat(MAPPER.readValue(REFUND_JSON, TransactionSettled.class)).isEqualTo(REFUND);
    }

    @Test
    void netIsAlwaysAmountLessFees() {
        assertThatThrownBy(() -> new TransactionSettled("t", "LKLE100000000001", "822110054110001",
                TransactionType.SALE, PaymentChannel.CARD, CardType.CREDIT, null, 12345, 74, 0, 12345,
                Instant.parse("2026-11-23T03:00:00Z"), LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-24"),
                SettlementSpeed.T1, null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("netFen");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyMoneyFieldIsAnIntegerOnTheWire(IntegrationEvent event) {
        walk("$", MAPPER.valueToTree(event), (path, node) -> {
            if (path.endsWith("Fen")) {
                assertThat(node.isIntegralNumber()).as(path + " is an integer").isTrue();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyMoneyPropertyIsAnIntegerInTheSchema(EventType type) {
        JsonNode schema = SchemaSupport.schemaOf(type);
        walk("$", schema, (path, node) -> {
            if (path.matches(".*\\.properties\\.[A-Za-z]+Fen")) {
                assertThat(node.path("type").asText()).as(path).isEqualTo("integer");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyPersonalFieldIsSealedInTheSchema(EventType type) {
        JsonNode schema = SchemaSupport.schemaOf(type);
        walk("$", schema, (path, node) -> {
            String[] parts = path.split("\\.");
            String field = parts[parts.length - 1];
            boolean isProperty = parts.length >= 2 && parts[parts.length - 2].equals("properties");
            boolean clearByDesign = path.contains("$defs.PartnerBank") && !path.contains("PartnerBankAttestation");
            if (isProperty && PERSONAL_FIELDS.contains(field) && !clearByDesign) {
                assertThat(node.path("$ref").asText()).as(path).isEqualTo("#/$defs/SealedValue");
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noClearPersonalDataIsOnTheWire(IntegrationEvent event) throws Exception {
        if (event instanceof PartnerBankApplicationSubmitted) {
            return; // inbound: the bank sends clear data, onboarding-service seals it
        }
        String json = MAPPER.writeValueAsString(event);

        assertThat(json).doesNotContain(SampleEvents.ID_NUMBER, SampleEvents.PHONE, SampleEvents.DEBIT_CARD,
                SampleEvents.APPLICANT_NAME);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void secretsHaveNoPlaceInAnySchema(EventType type) {
        Set<String> forbidden = Set.of("activationcode", "code", "cvv", "pin", "track2", "trackdata", "pan");
        walk("$", SchemaSupport.schemaOf(type), (path, node) -> {
            String[] parts = path.split("\\.");
            if (parts.length >= 2 && parts[parts.length - 2].equals("properties")) {
                String field = parts[parts.length - 1].toLowerCase();
                boolean reasonCode = field.equals("code") && (path.contains("Reason") || path.contains("FieldError"));
                assertThat(forbidden.contains(field) && !reasonCode).as(path).isFalse();
            }
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void noJavaClassNameIsOnTheWire(IntegrationEvent event) throws Exception {
        String json = MAPPER.writeValueAsString(event);

        assertThat(json).doesNotContain("io.posflow", "@class", "@type", event.getClass().getSimpleName());
    }

    @Test
    void instantsAreIsoUtcAndBusinessDatesArePlainDates() {
        JsonNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionCaptured());

        assertThat(payload.get("capturedAt").asText()).isEqualTo("2026-11-22T02:15:30Z");
        assertThat(payload.get("businessDate").asText()).isEqualTo("2026-11-22");
    }

    @Test
    void absentOptionalFieldsAreOmittedRatherThanNull() {
        JsonNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionSettled());

        assertThat(payload.has("wallet")).isFalse();
        assertThat(payload.has("originalTransactionId")).isFalse();
    }

    @Test
    void unknownPropertiesAreIgnoredOnRead() throws Exception {
        String withExtra = REFUND_JSON.replace("{", "{\"addedInAFutureMinor\":{\"x\":1},");

        assertThat(MAPPER.readValue(withExtra, TransactionSettled.class)).isEqualTo(REFUND);
    }

    @Test
    void aMissingAmountFailsInsteadOfBecomingZero() {
        String withoutAmount = REFUND_JSON.replace("\"amountFen\":-12345,", "");

        assertThatThrownBy(() -> MAPPER.readValue(withoutAmount, TransactionSettled.class))
                .isInstanceOf(MismatchedInputException.class);
    }

    private static void walk(String path, JsonNode node, BiConsumer<String, JsonNode> visitor) {
        visitor.accept(path, node);
        if (node.isObject()) {
            node.fields().forEachRemaining((Map.Entry<String, JsonNode> e) -> walk(path + "." + e.getKey(), e.getValue(), visitor));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(path + "[" + i + "]", node.get(i), visitor);
            }
        }
    }
}
