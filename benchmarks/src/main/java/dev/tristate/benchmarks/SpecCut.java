package dev.tristate.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A spec cut down to a share of its component schemas, deterministically: the first N % of components.schemas in
 * document order, plus every schema those reach through {@code $ref} (so the cut is a valid document). The cut keeps
 * openapi and info, no paths and no other components: the generator reads only components.schemas, and a path
 * would refer to schemas the cut left out.
 *
 * @param document the cut spec
 * @param chosen how many schemas the percentage chose
 * @param schemas how many the cut has, with the schemas they refer to
 */
record SpecCut(ObjectNode document, int chosen, int schemas) {

    private static final String PREFIX = "#/components/schemas/";

    static SpecCut of(JsonNode spec, int percent, ObjectMapper mapper) {
        JsonNode all = spec.path("components").path("schemas");
        List<String> names = new ArrayList<>();
        all.fieldNames().forEachRemaining(names::add);
        int chosen = (int) Math.ceil(names.size() * percent / 100.0);

        Set<String> kept = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(names.subList(0, chosen));
        while (!todo.isEmpty()) {
            String name = todo.pop();
            if (all.has(name) && kept.add(name)) {
                collectRefs(all.get(name), todo);
            }
        }

        ObjectNode schemas = mapper.createObjectNode();
        for (String name : names) {
            // Document order, whatever order the closure found them in.
            if (kept.contains(name)) {
                schemas.set(name, all.get(name));
            }
        }
        ObjectNode cut = mapper.createObjectNode();
        cut.set("openapi", spec.get("openapi"));
        cut.set("info", spec.get("info"));
        cut.putObject("paths");
        cut.putObject("components").set("schemas", schemas);
        return new SpecCut(cut, chosen, kept.size());
    }

    private static void collectRefs(JsonNode node, Deque<String> into) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith(PREFIX)) {
                // A JSON pointer: "~1" stands for "/" and "~0" for "~" in a name.
                into.push(ref.asText().substring(PREFIX.length()).replace("~1", "/").replace("~0", "~"));
            }
        }
        if (node.isContainerNode()) {
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                collectRefs(it.next(), into);
            }
        }
    }
}
