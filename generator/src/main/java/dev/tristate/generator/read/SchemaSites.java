package dev.tristate.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every schema Tristate generates from: each of the root document's {@code components.schemas} (and, apart, the
 * schemas written in its operations, webhooks and other components), the schemas they nest, and the schemas their
 * references lead to, in any of the spec's files. Found without recursion, so that
 * nesting as deep as a document can be does not overflow the stack.
 */
final class SchemaSites {

    /** Keywords whose value is one schema. */
    private static final List<String> ONE_SCHEMA = List.of("items", "additionalProperties", "not", "if", "then",
            "else", "contains", "propertyNames", "additionalItems", "unevaluatedItems", "unevaluatedProperties");
    /** Keywords whose value is a list of schemas. */
    private static final List<String> SCHEMA_LISTS = List.of("allOf", "oneOf", "anyOf", "prefixItems");
    /** Keywords whose value maps names to schemas. */
    private static final List<String> SCHEMA_MAPS = List.of("properties", "patternProperties", "$defs",
            "definitions", "dependentSchemas");

    private SchemaSites() {}

    static List<Documents.Site> reachable(Documents documents) {
        Deque<Documents.Site> pending = new ArrayDeque<>();
        SourceDocument root = documents.root();
        JsonNode schemas = root.at("/components/schemas");
        if (schemas.isObject()) {
            schemas.fieldNames().forEachRemaining(name -> pending.add(
                    new Documents.Site(root, "/components/schemas/" + SourceDocument.escape(name))));
        }
        return walk(documents, pending, new HashSet<>());
    }

    /**
     * The schemas written in the root document's operations, webhooks and other components
     * ({@link OperationSites}), with what they nest and lead to, that {@link #reachable} does not hold.
     */
    static List<Documents.Site> outsideComponents(Documents documents, List<Documents.Site> reachable) {
        Set<String> seen = new HashSet<>();
        reachable.forEach(site -> seen.add(site.document().displayPath() + "#" + site.pointer()));
        Deque<Documents.Site> pending = new ArrayDeque<>();
        OperationSites.schemas(documents.root(), pending);
        return walk(documents, pending, seen);
    }

    private static List<Documents.Site> walk(Documents documents, Deque<Documents.Site> pending, Set<String> seen) {
        List<Documents.Site> sites = new ArrayList<>();
        while (!pending.isEmpty()) {
            Documents.Site site = pending.removeFirst();
            if (!seen.add(site.document().displayPath() + "#" + site.pointer())) {
                continue;
            }
            sites.add(site);
            JsonNode node = site.node();
            if (!node.isObject()) {
                continue;
            }
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                Documents.Site target = documents.target(site.document(), ref.asText());
                if (target != null) {
                    pending.addLast(target);
                }
            }
            nested(site, node, pending);
        }
        return sites;
    }

    private static void nested(Documents.Site site, JsonNode node, Deque<Documents.Site> pending) {
        for (String keyword : ONE_SCHEMA) {
            if (node.path(keyword).isObject()) {
                pending.addLast(child(site, keyword));
            }
        }
        for (String keyword : SCHEMA_LISTS) {
            JsonNode list = node.path(keyword);
            for (int i = 0; list.isArray() && i < list.size(); i++) {
                pending.addLast(child(site, keyword + "/" + i));
            }
        }
        for (String keyword : SCHEMA_MAPS) {
            JsonNode map = node.path(keyword);
            if (map.isObject()) {
                map.fieldNames().forEachRemaining(name -> pending.addLast(
                        child(site, keyword + "/" + SourceDocument.escape(name))));
            }
        }
    }

    private static Documents.Site child(Documents.Site site, String path) {
        return new Documents.Site(site.document(), site.pointer() + "/" + path);
    }
}
