package io.posflow.contracts.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.posflow.contracts.ContractsJson;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Stored events and sagas (Axon's JacksonSerializer) nest an amount as {@code {"fen":123}}: event stores
 * written before Money moved here must still load, so the shape is pinned — no {@code positive}, {@code negative}
 * or other derived property may appear.
 */
class MoneyJsonTest {

    /** Something that nests an amount, the way a stored event or a saga does. */
    record Held(String serialNumber, Money deposit) {
    }

    static Stream<ObjectMapper> mappers() {
        return Stream.of(
                // what Spring Boot builds (Jackson2ObjectMapperBuilder) and Axon's serializer then uses
                JsonMapper.builder().findAndAddModules()
                        .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
                        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                        .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                        .build(),
                // Axon's own default when no ObjectMapper bean exists: strict about unknown properties
                new ObjectMapper().findAndRegisterModules(),
                // the wire
                ContractsJson.objectMapper());
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void anAmountIsWrittenAsItsFenOnly(ObjectMapper json) throws Exception {
        assertThat(json.writeValueAsString(Money.ofFen(123))).isEqualTo("{\"fen\":123}");
        assertThat(json.writeValueAsString(Money.ofFen(-123))).isEqualTo("{\"fen\":-123}");
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aStoredAmountReadsBack(ObjectMapper json) throws Exception {
        assertThat(json.readValue("{\"fen\":123}", Money.class)).isEqualTo(Money.ofFen(123));
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void aNestedAmountKeepsItsShapeBothWays(ObjectMapper json) throws Exception {
        String stored = "{\"serialNumber\":\"LKLE100000000001\",\"deposit\":{\"fen\":9900}}";
        Held held = new Held("LKLE100000000001", Money.ofFen(9_900));

        assertThat(json.writeValueAsString(held)).isEqualTo(stored);
        assertThat(json.readValue(stored, Held.class)).isEqualTo(held);
    }

    @ParameterizedTest
    @MethodSource("mappers")
    void anAmountStoredBySettlementsFormerMoneyTypeStillReads(ObjectMapper json) throws Exception {
        assertThat(json.readValue("{\"fen\":-123,\"negative\":true,\"positive\":false}", Money.class))
                .isEqualTo(Money.ofFen(-123));
    }
}
