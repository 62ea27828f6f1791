package dev.tristate.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every reference in one document that Swagger Parser follows: each {@code $ref} and each value of a
 * discriminator's {@code mapping} (which Swagger Parser resolves like a {@code $ref}). Values that are data, not
 * structure, are skipped: examples, defaults, enum and const values, and extensions ({@code x-…}), because a
 * {@code $ref} written inside an example is not followed and must not be refused or reported as dangling. The walk
 * knows which objects are maps of names (properties, components, responses, …), so a property named
 * {@code example} or {@code $ref} is still walked as a schema.
 */
final class ReferenceScan {

    /** One reference, and the JSON pointer of the place to report it at (its {@code $ref} key). */
    record Found(String value, String pointer) {}

    /** Keywords whose values are data. */
    private static final Set<String> DATA = Set.of("example", "default", "const", "enum");

    /** Keywords whose value is a map from names to structures. */
    private static final Set<String> NAME_MAPS = Set.of(
            "properties", "patternProperties", "$defs", "definitions", "dependentSchemas",
            "schemas", "responses", "parameters", "requestBodies", "headers", "securitySchemes", "links",
            "callbacks", "pathItems", "paths", "webhooks", "content", "encoding", "variables");

    private enum Context {
        /** An object whose keys are keywords. */
        KEYWORDS,
        /** An object whose keys are names chosen by the spec's author. */
        NAMES,
        /** An Example object: its {@code value} is data. */
        EXAMPLE,
        /** A map from names to Example objects. */
        EXAMPLES,
        /** A map from callback names to callbacks, themselves maps from expressions to path items. */
        CALLBACKS
    }

    private record Pending(JsonNode node, String pointer, Context context) {}

    private ReferenceScan() {}

    /** Breadth first, without recursion, so a deeply nested document cannot overflow the stack. */
    static List<Found> of(JsonNode root) {
        List<Found> found = new ArrayList<>();
        Deque<Pending> pending = new ArrayDeque<>();
        pending.add(new Pending(root, "", Context.KEYWORDS));
        while (!pending.isEmpty()) {
            Pending current = pending.removeFirst();
            JsonNode node = current.node();
            if (node.isArray()) {
                for (int i = 0; i < node.size(); i++) {
                    pending.addLast(new Pending(node.get(i), current.pointer() + "/" + i, Context.KEYWORDS));
                }
            } else if (node.isObject()) {
                visitObject(current, found, pending);
            }
        }
        return found;
    }

    private static void visitObject(Pending current, List<Found> found, Deque<Pending> pending) {
        JsonNode node = current.node();
        Context context = current.context();
        boolean names = context == Context.NAMES || context == Context.EXAMPLES || context == Context.CALLBACKS;
        if (!names) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                found.add(new Found(ref.asText(), current.pointer() + "/$ref"));
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = field.getKey();
            JsonNode child = field.getValue();
            String pointer = current.pointer() + "/" + SourceDocument.escape(key);
            if (names) {
                Context inner = context == Context.EXAMPLES ? Context.EXAMPLE
                        : context == Context.CALLBACKS ? Context.NAMES : Context.KEYWORDS;
                pending.addLast(new Pending(child, pointer, inner));
            } else if (key.startsWith("x-") || DATA.contains(key) || "$ref".equals(key)
                    || (context == Context.EXAMPLE && "value".equals(key))) {
                continue;
            } else if ("mapping".equals(key) && child.isObject()) {
                mappingValues(child, pointer, found);
            } else if ("examples".equals(key)) {
                // A schema's examples are a list of data; elsewhere, a map of Example objects.
                if (child.isObject()) {
                    pending.addLast(new Pending(child, pointer, Context.EXAMPLES));
                }
            } else if ("callbacks".equals(key)) {
                pending.addLast(new Pending(child, pointer, Context.CALLBACKS));
            } else {
                pending.addLast(new Pending(child, pointer, NAME_MAPS.contains(key) ? Context.NAMES
                        : Context.KEYWORDS));
            }
        }
    }

    private static void mappingValues(JsonNode mapping, String pointer, List<Found> found) {
        for (Iterator<Map.Entry<String, JsonNode>> entries = mapping.fields(); entries.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = entries.next();
            if (entry.getValue().isTextual()) {
                found.add(new Found(entry.getValue().asText(), pointer + "/" + SourceDocument.escape(entry.getKey())));
            }
        }
    }
}
