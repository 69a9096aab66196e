package io.posflow.contracts;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson configuration of the wire: the one way integration events are written and read.
 *
 * <ul>
 *   <li>instants as ISO-8601 UTC strings, business dates as {@code yyyy-MM-dd} (never timestamps);</li>
 *   <li>absent optional fields are omitted, not written as {@code null};</li>
 *   <li>unknown properties are ignored, so a consumer keeps reading when a producer adds a field;</li>
 *   <li>a missing integer (money!) fails instead of silently becoming 0.</li>
 * </ul>
 */
public final class ContractsJson {

    private ContractsJson() {
    }

    /**
     * A new mapper configured for the wire. Mappers are thread-safe once configured: create one and share it.
     */
    public static ObjectMapper objectMapper() {
        return JsonMapper.builder()
                .addModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .serializationInclusion(JsonInclude.Include.NON_NULL)
                .build();
    }
}
