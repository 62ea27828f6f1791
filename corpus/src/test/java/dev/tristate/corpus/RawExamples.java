package dev.tristate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tristate.generator.read.SourceDocument;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Every {@code example} and {@code examples} value written on a schema below {@code components.schemas} of a spec's
 * files: on the component, on its properties, items, map values and composition members, at any depth. This is
 * what the suite must account for: each either round-trips through generated Java or is reported as unreached.
 */
final class RawExamples {

    /** One example value as written. */
    record RawExample(SourceDocument document, String schemaPointer, String member, JsonNode value) {}

    private static final List<String> SCHEMA_MAPS = List.of("properties", "patternProperties", "$defs");
    private static final List<String> SCHEMA_LISTS = List.of("allOf", "oneOf", "anyOf", "prefixItems");
    private static final List<String> SINGLE_SCHEMAS = List.of("items", "additionalProperties", "not");

    private final List<RawExample> found = new ArrayList<>();

    private RawExamples() {}

    static List<RawExample> in(List<SourceDocument> documents) {
        RawExamples walk = new RawExamples();
        for (SourceDocument document : documents) {
            JsonNode schemas = document.at("/components/schemas");
            for (Iterator<Map.Entry<String, JsonNode>> it = schemas.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> component = it.next();
                walk.schema(document, "/components/schemas/" + JsonComparison.escape(component.getKey()),
                        component.getValue());
            }
        }
        return walk.found;
    }

    private void schema(SourceDocument document, String pointer, JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        if (schema.has("example")) {
            found.add(new RawExample(document, pointer, "/example", schema.get("example")));
        }
        JsonNode examples = schema.path("examples");
        if (examples.isArray()) {
            for (int i = 0; i < examples.size(); i++) {
                found.add(new RawExample(document, pointer, "/examples/" + i, examples.get(i)));
            }
        }
        for (String keyword : SCHEMA_MAPS) {
            for (Iterator<Map.Entry<String, JsonNode>> it = schema.path(keyword).fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> member = it.next();
                schema(document, pointer + "/" + keyword + "/" + JsonComparison.escape(member.getKey()),
                        member.getValue());
            }
        }
        for (String keyword : SCHEMA_LISTS) {
            JsonNode members = schema.path(keyword);
            for (int i = 0; i < members.size(); i++) {
                schema(document, pointer + "/" + keyword + "/" + i, members.get(i));
            }
        }
        for (String keyword : SINGLE_SCHEMAS) {
            schema(document, pointer + "/" + keyword, schema.path(keyword));
        }
    }
}
