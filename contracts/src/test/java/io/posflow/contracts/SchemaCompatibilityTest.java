package io.posflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Within major version 1 a schema may only change compatibly with the committed baseline in
 * {@code src/test/resources/schema-baseline/v1/}. Adding an event means adding its baseline copy; a breaking
 * change means a new major version (new topics), never an edited baseline.
 */
class SchemaCompatibilityTest {

    private static final String BASELINE = "/schema-baseline/v1";

    static Stream<EventType> eventTypes() {
        return EventCatalogue.all().stream();
    }

    @Test
    void everyBaselineSchemaStillExists() {
        assertThat(SchemaSupport.fileNamesIn("/schemas")).containsAll(SchemaSupport.fileNamesIn(BASELINE));
    }

    @Test
    void everySchemaHasABaseline() {
        assertThat(SchemaSupport.fileNamesIn(BASELINE)).containsAll(SchemaSupport.fileNamesIn("/schemas"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void noSchemaChangedIncompatiblyWithItsBaseline(EventType type) {
        String file = type.schemaResource().substring("/schemas/".length());
        JsonNode baseline = SchemaSupport.readResource(BASELINE + "/" + file);

        assertThat(SchemaCompatibility.breakingChanges(baseline, SchemaSupport.schemaOf(type))).isEmpty();
    }

    /** The checker itself, on a real schema changed in each forbidden way. */
    @Nested
    class TheCheckerFinds {

        private final JsonNode baseline = SchemaSupport.readResource(BASELINE + "/TransactionSettled.v1.json");

        private ObjectNode current() {
            return baseline.deepCopy();
        }

        @Test
        void aRemovedProperty() {
            ObjectNode current = current();
            ((ObjectNode) current.get("properties")).remove("surchargeFen");

            assertThat(SchemaCompatibility.breakingChanges(baseline, current)).singleElement().asString()
                    .contains("surchargeFen: removed");
        }

        @Test
        void aChangedPropertyType() {
            ObjectNode current = current();
            ((ObjectNode) current.get("properties").get("amountFen")).put("type", "string");

            assertThat(SchemaCompatibility.breakingChanges(baseline, current)).singleElement().asString()
                    .contains("amountFen: type changed from integer to string");
        }

        @Test
        void aPropertyTurnedFromAnEnumIntoAnObject() {
            ObjectNode current = current();
            ((ObjectNode) current.get("properties").get("speed")).put("$ref", "#/$defs/Wallet");
            ((ObjectNode) current.at("/$defs/Wallet")).put("type", "object");

            assertThat(SchemaCompatibility.breakingChanges(baseline, current))
                    .anyMatch(b -> b.contains("speed: type changed from string to object"));
        }

        @Test
        void aNewRequiredField() {
            ObjectNode current = current();
            ((ArrayNode) current.get("required")).add("originalTransactionId");

            assertThat(SchemaCompatibility.breakingChanges(baseline, current)).singleElement().asString()
                    .contains("new required properties [originalTransactionId]");
        }

        @Test
        void aRemovedEnumValue() {
            ObjectNode current = current();
            ArrayNode speeds = (ArrayNode) current.at("/$defs/SettlementSpeed/enum");
            speeds.remove(1);

            assertThat(SchemaCompatibility.breakingChanges(baseline, current)).singleElement().asString()
                    .contains("enum value T0 removed");
        }

        @Test
        void aNewConditionalRequirement() {
            ObjectNode current = current();
            ((ArrayNode) current.get("allOf")).addObject()
                    .set("then", current.objectNode().set("required", current.arrayNode().add("originalTransactionId")));

            assertThat(SchemaCompatibility.breakingChanges(baseline, current)).singleElement().asString()
                    .contains("new or changed conditional rule");
        }

        @Test
        void noBreakInANewOptionalProperty() {
            ObjectNode current = current();
            ((ObjectNode) current.get("properties")).putObject("mdrRateBps").put("type", "integer");

            assertThat(SchemaCompatibility.breakingChanges(baseline, current)).isEmpty();
        }

        @Test
        void noBreakInANewEnumValue() {
            ObjectNode current = current();
            ((ArrayNode) current.at("/$defs/Wallet/enum")).add("DIGITAL_RMB");

            assertThat(SchemaCompatibility.breakingChanges(baseline, current)).isEmpty();
        }
    }
}
