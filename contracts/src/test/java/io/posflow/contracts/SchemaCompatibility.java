package io.posflow.contracts;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the changes from a baseline schema that break consumers or old messages within a major version:
 * a removed or retyped property, a new required property, a removed enum value, a new conditional
 * requirement, or closing an open object.
 */
final class SchemaCompatibility {

    private final JsonNode baselineRoot;
    private final JsonNode currentRoot;
    private final List<String> breaks = new ArrayList<>();

    private SchemaCompatibility(JsonNode baselineRoot, JsonNode currentRoot) {
        this.baselineRoot = baselineRoot;
        this.currentRoot = currentRoot;
    }

    static List<String> breakingChanges(JsonNode baseline, JsonNode current) {
        SchemaCompatibility check = new SchemaCompatibility(baseline, current);
        check.compare("$", baseline, current, 0);
        return check.breaks;
    }

    private void compare(String path, JsonNode baselineNode, JsonNode currentNode, int depth) {
        if (depth > 20) {
            throw new IllegalStateException("schema nesting too deep at " + path);
        }
        JsonNode before = SchemaSupport.resolve(baselineNode, baselineRoot);
        JsonNode after = SchemaSupport.resolve(currentNode, currentRoot);

        String typeBefore = typeOf(before);
        String typeAfter = typeOf(after);
        if (!typeBefore.equals(typeAfter)) {
            breaks.add(path + ": type changed from " + typeBefore + " to " + typeAfter);
            return;
        }
        if (before.has("enum")) {
            Set<String> valuesAfter = texts(after.path("enum"));
            before.get("enum").forEach(v -> {
                if (after.has("enum") && !valuesAfter.contains(v.asText())) {
                    breaks.add(path + ": enum value " + v.asText() + " removed");
                }
            });
        }
        Set<String> newlyRequired = texts(after.path("required"));
        newlyRequired.removeAll(texts(before.path("required")));
        if (!newlyRequired.isEmpty()) {
            breaks.add(path + ": new required properties " + newlyRequired);
        }
        if (before.path("additionalProperties").asBoolean(true) && !after.path("additionalProperties").asBoolean(true)) {
            breaks.add(path + ": no longer allows additional properties");
        }
        List<JsonNode> rulesBefore = new ArrayList<>();
        before.path("allOf").forEach(rulesBefore::add);
        after.path("allOf").forEach(rule -> {
            if (!rulesBefore.contains(rule)) {
                breaks.add(path + ": new or changed conditional rule " + rule);
            }
        });
        before.path("properties").fields().forEachRemaining(property -> {
            JsonNode now = after.path("properties").path(property.getKey());
            if (now.isMissingNode()) {
                breaks.add(path + "." + property.getKey() + ": removed");
            } else {
                compare(path + "." + property.getKey(), property.getValue(), now, depth + 1);
            }
        });
        if (before.has("items")) {
            compare(path + "[]", before.get("items"), after.path("items"), depth + 1);
        }
    }

    private static String typeOf(JsonNode schema) {
        String type = schema.path("type").isMissingNode() ? "any" : schema.path("type").toString().replace("\"", "");
        return schema.has("format") ? type + "/" + schema.get("format").asText() : type;
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> values = new HashSet<>();
        array.forEach(v -> values.add(v.asText()));
        return values;
    }
}
