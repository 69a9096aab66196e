package io.posflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.posflow.contracts.schema.EventSchemas;
import io.posflow.contracts.settlement.TransactionSettled;
import io.posflow.contracts.terminal.TransactionCaptured;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class EventSchemasTest {

    private static final EventSchemas SCHEMAS = EventSchemas.load();
    private static final ObjectMapper MAPPER = ContractsJson.objectMapper();

    static Stream<IntegrationEvent> samples() {
        return SampleEvents.all().stream();
    }

    @Test
    void theSamplesCoverEveryCatalogueEvent() {
        Set<Class<?>> sampled = SampleEvents.all().stream().map(Object::getClass).collect(Collectors.toSet());
        Set<Class<?>> catalogued = EventCatalogue.all().stream().map(EventType::eventClass).collect(Collectors.toSet());
        assertThat(sampled).isEqualTo(catalogued);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEventValidatesAgainstItsSchema(IntegrationEvent event) {
        assertThat(SCHEMAS.validate(event)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void everyEventReadsBackEqualFromTheWire(IntegrationEvent event) throws Exception {
        byte[] wire = MAPPER.writeValueAsBytes(event);
        assertThat(SCHEMAS.validate(EventCatalogue.of(event).ceType(), wire)).isEmpty();
        assertThat(MAPPER.readValue(wire, event.getClass())).isEqualTo(event);
    }

    @Test
    void variantsOfConditionalEventsValidateToo() {
        assertThat(SCHEMAS.validate(SampleEvents.anyQrRefundCaptured())).isEmpty();
        assertThat(SCHEMAS.validate(SampleEvents.anyMicroDepositAnsweredForAnAccountChange())).isEmpty();
    }

    @Test
    void aClearStringIdNumberFailsValidation() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyApplicationSubmitted());
        ((ObjectNode) payload.get("applicant")).put("idNumber", SampleEvents.ID_NUMBER);

        List<String> violations = SCHEMAS.validate(ceTypeOf(SampleEvents.anyApplicationSubmitted()), payload);

        assertThat(violations).isNotEmpty().anyMatch(v -> v.contains("applicant.idNumber"));
    }

    @Test
    void violationsNeverEchoTheOffendingValue() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyApplicationSubmitted());
        ((ObjectNode) payload.get("applicant")).put("idNumber", SampleEvents.ID_NUMBER);
        ((ObjectNode) payload.get("applicant").get("phone")).put("masked", SampleEvents.PHONE);

        List<String> violations = SCHEMAS.validate(ceTypeOf(SampleEvents.anyApplicationSubmitted()), payload);

        assertThat(violations).hasSizeGreaterThanOrEqualTo(2)
                .noneMatch(v -> v.contains(SampleEvents.ID_NUMBER) || v.contains(SampleEvents.PHONE));
    }

    @Test
    void aMaskedValueWithoutAStarFailsValidation() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyMerchantOnboarded());
        ((ObjectNode) payload.get("phone")).put("masked", SampleEvents.PHONE);

        assertThat(SCHEMAS.validate(ceTypeOf(SampleEvents.anyMerchantOnboarded()), payload))
                .anyMatch(v -> v.contains("phone.masked"));
    }

    @Test
    void aSealedValueCarryingAnythingElseFailsValidation() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyMerchantOnboarded());
        ((ObjectNode) payload.get("phone")).put("clear", SampleEvents.PHONE);

        assertThat(SCHEMAS.validate(ceTypeOf(SampleEvents.anyMerchantOnboarded()), payload))
                .anyMatch(v -> v.contains("phone"));
    }

    @Test
    void aMissingPinnedFieldIsNamed() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionSettled());
        payload.remove("netFen");

        assertThat(SCHEMAS.validate(ceTypeOf(SampleEvents.anyTransactionSettled()), payload))
                .singleElement().asString().contains("netFen");
    }

    @Test
    void aCardCaptureWithoutItsCardTypeFailsValidation() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionCaptured());
        payload.remove("cardType");

        assertThat(SCHEMAS.validate(ceTypeOf(SampleEvents.anyTransactionCaptured()), payload))
                .anyMatch(v -> v.contains("cardType"));
    }

    @Test
    void aMalformedInstantFailsValidation() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionSettled());
        payload.put("capturedAt", "22/11/2026 10:15");

        assertThat(SCHEMAS.validate(ceTypeOf(SampleEvents.anyTransactionSettled()), payload))
                .anyMatch(v -> v.contains("capturedAt"));
    }

    @Test
    void aFractionalAmountFailsValidation() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionSettled());
        payload.put("amountFen", 123.45);

        assertThat(SCHEMAS.validate(ceTypeOf(SampleEvents.anyTransactionSettled()), payload))
                .anyMatch(v -> v.contains("amountFen"));
    }

    @Test
    void anUnknownEnumValueFailsValidation() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionSettled());
        payload.put("speed", "T2");

        assertThat(SCHEMAS.validate(ceTypeOf(SampleEvents.anyTransactionSettled()), payload))
                .anyMatch(v -> v.contains("speed"));
    }

    @Test
    void additionalPropertiesAreAllowedForForwardCompatibility() {
        ObjectNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionSettled());
        payload.put("someFutureField", "x");

        assertThat(SCHEMAS.validate(ceTypeOf(SampleEvents.anyTransactionSettled()), payload)).isEmpty();
    }

    @Test
    void unparseableBytesAreAViolationThatDoesNotQuoteThem() {
        byte[] garbage = "{\"idNumber\": 110105199003071239X".getBytes(StandardCharsets.UTF_8);

        List<String> violations = SCHEMAS.validate("posflow.settlement.TransactionSettled.v1", garbage);

        assertThat(violations).singleElement().asString()
                .startsWith("payload is not valid JSON")
                .doesNotContain("110105");
    }

    @Test
    void anUnknownCeTypeIsAViolation() {
        JsonNode payload = MAPPER.valueToTree(SampleEvents.anyTransactionSettled());

        assertThat(SCHEMAS.knows("posflow.settlement.TransactionSettled.v9")).isFalse();
        assertThat(SCHEMAS.validate("posflow.settlement.TransactionSettled.v9", payload))
                .singleElement().asString().contains("unknown ce_type");
    }

    @Test
    void aPayloadIsValidatedAgainstTheSchemaOfItsCeTypeOnly() {
        JsonNode settled = MAPPER.valueToTree(SampleEvents.anyTransactionSettled());

        assertThat(SCHEMAS.validate(EventCatalogue.byClass(TransactionCaptured.class).ceType(), settled))
                .anyMatch(v -> v.contains("purpose"));
        assertThat(SCHEMAS.validate(EventCatalogue.byClass(TransactionSettled.class).ceType(), settled)).isEmpty();
    }

    private static String ceTypeOf(IntegrationEvent event) {
        return EventCatalogue.of(event).ceType();
    }
}
