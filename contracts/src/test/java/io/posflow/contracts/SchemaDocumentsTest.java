package io.posflow.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import io.posflow.contracts.pii.SealedValue;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema documents themselves: valid, one per event, and describing exactly the records. */
class SchemaDocumentsTest {

    static Stream<EventType> eventTypes() {
        return EventCatalogue.all().stream();
    }

    @Test
    void thereIsExactlyOneSchemaFilePerCatalogueEvent() {
        List<String> expected = EventCatalogue.all().stream()
                .map(t -> t.schemaResource().substring("/schemas/".length())).sorted().toList();
        assertThat(SchemaSupport.fileNamesIn("/schemas")).isEqualTo(expected);
    }

    private static final Schema META_SCHEMA = SchemaRegistry.withDialect(Dialects.getDraft202012())
            .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

    @Test
    void theMetaSchemaCheckCatchesABrokenSchema() {
        JsonNode broken = SchemaSupport.MAPPER.createObjectNode().put("type", "text").put("minLength", -1);

        assertThat(META_SCHEMA.validate(broken)).hasSizeGreaterThanOrEqualTo(2);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everySchemaIsAValidDraft202012Schema(EventType type) {
        JsonNode schema = SchemaSupport.schemaOf(type);

        assertThat(META_SCHEMA.validate(schema)).isEmpty();
        assertThat(schema.path("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.path("title").asText()).isEqualTo(type.typeName());
        assertThat(schema.path("additionalProperties").asBoolean(false)).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everySchemaDescribesExactlyItsRecord(EventType type) {
        JsonNode schema = SchemaSupport.schemaOf(type);
        List<String> mismatches = new ArrayList<>();

        compare(type.typeName(), type.eventClass(), schema, schema, mismatches);

        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void everyRequiredPropertyIsDeclared(EventType type) {
        JsonNode schema = SchemaSupport.schemaOf(type);
        Set<String> declared = new HashSet<>();
        schema.get("properties").fieldNames().forEachRemaining(declared::add);

        schema.get("required").forEach(r -> assertThat(declared).contains(r.asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void aSealedValueCanNeverBeAPlainString(EventType type) {
        JsonNode sealedValue = SchemaSupport.schemaOf(type).at("/$defs/SealedValue");
        if (sealedValue.isMissingNode()) {
            return;
        }
        assertThat(sealedValue.path("type").asText()).isEqualTo("object");
        assertThat(sealedValue.path("required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("masked", "sealed", "keyId");
        assertThat(sealedValue.path("additionalProperties").asBoolean(true)).isFalse();
    }

    /** Walks the record's components alongside the schema: same names, matching JSON types. */
    private static void compare(String path, Type javaType, JsonNode node, JsonNode root, List<String> mismatches) {
        JsonNode schema = SchemaSupport.resolve(node, root);
        Class<?> raw = javaType instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) javaType;
        String type = schema.path("type").asText();
        if (raw == String.class) {
            expect(path, "string", type, mismatches);
        } else if (raw == long.class || raw == int.class || raw == Long.class || raw == Integer.class) {
            expect(path, "integer", type, mismatches);
        } else if (raw == Instant.class) {
            expect(path, "string/date-time", type + "/" + schema.path("format").asText(), mismatches);
        } else if (raw == LocalDate.class) {
            expect(path, "string/date", type + "/" + schema.path("format").asText(), mismatches);
        } else if (raw.isEnum()) {
            expect(path, "string", type, mismatches);
            List<String> constants = Arrays.stream(raw.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
            List<String> values = new ArrayList<>();
            schema.path("enum").forEach(v -> values.add(v.asText()));
            if (!values.equals(constants)) {
                mismatches.add(path + ": enum " + values + " but " + raw.getSimpleName() + " has " + constants);
            }
        } else if (raw == List.class) {
            expect(path, "array", type, mismatches);
            Type item = ((ParameterizedType) javaType).getActualTypeArguments()[0];
            compare(path + "[]", item, schema.path("items"), root, mismatches);
        } else if (raw.isRecord()) {
            expect(path, "object", type, mismatches);
            Set<String> properties = new HashSet<>();
            schema.path("properties").fieldNames().forEachRemaining(properties::add);
            Set<String> components = new HashSet<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                components.add(component.getName());
                JsonNode property = schema.path("properties").path(component.getName());
                if (property.isMissingNode()) {
                    mismatches.add(path + "." + component.getName() + ": not declared in the schema");
                } else {
                    compare(path + "." + component.getName(), component.getGenericType(), property, root, mismatches);
                }
            }
            properties.removeAll(components);
            properties.forEach(p -> mismatches.add(path + "." + p + ": in the schema but not in " + raw.getSimpleName()));
            if (raw == SealedValue.class && schema.path("additionalProperties").asBoolean(true)) {
                mismatches.add(path + ": a SealedValue must not allow additional properties");
            }
        } else {
            mismatches.add(path + ": no JSON mapping for " + raw.getName());
        }
    }

    private static void expect(String path, String expected, String actual, List<String> mismatches) {
        if (!expected.equals(actual)) {
            mismatches.add(path + ": schema says " + actual + ", the record needs " + expected);
        }
    }
}
