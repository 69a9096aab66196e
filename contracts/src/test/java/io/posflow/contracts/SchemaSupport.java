package io.posflow.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Reading schema documents in tests. */
public final class SchemaSupport {

    public static final ObjectMapper MAPPER = ContractsJson.objectMapper();

    private SchemaSupport() {
    }

    public static JsonNode readResource(String resource) {
        try (InputStream in = SchemaSupport.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no resource " + resource);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode schemaOf(EventType type) {
        return readResource(type.schemaResource());
    }

    /** The file names in a classpath directory (test and main resources are directories, not jars). */
    public static List<String> fileNamesIn(String directory) {
        URL url = SchemaSupport.class.getResource(directory);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Follows a local {@code #/$defs/...} reference within {@code root}; other nodes are returned as they are. */
    public static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode current = node;
        for (int hops = 0; current.has("$ref"); hops++) {
            String ref = current.get("$ref").asText();
            if (!ref.startsWith("#/") || hops > 10) {
                throw new IllegalArgumentException("unsupported $ref " + ref);
            }
            current = root.at(ref.substring(1));
            if (current.isMissingNode()) {
                throw new IllegalArgumentException("dangling $ref " + ref);
            }
        }
        return current;
    }
}
