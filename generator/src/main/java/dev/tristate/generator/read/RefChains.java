package dev.tristate.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tristate.generator.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Chains of schemas that are each only a reference to the next ({@code A: {$ref: B}}, {@code B: {$ref: C}}, …,
 * also through {@code allOf} of one and {@code oneOf} of one and null). Working out a schema's type and null-ness
 * follows such a chain one call deeper per link, so an over-long chain is refused with its location rather than
 * overflowing the stack. Real specs chain a handful; {@value #MAX_LINKS} leaves a wide margin below the stack of a
 * default JVM thread.
 */
final class RefChains {

    static final int MAX_LINKS = 500;

    private final Documents documents;
    /** Site key → the site its reference leads to, for schemas that are only a reference. */
    private final Map<String, Documents.Site> next = new HashMap<>();
    private final Map<String, Integer> lengths = new HashMap<>();

    private RefChains(Documents documents) {
        this.documents = documents;
    }

    /** One problem at the start of each chain longer than {@link #MAX_LINKS}. */
    static List<Problem> tooLong(Documents documents, List<Documents.Site> schemas) {
        return new RefChains(documents).check(schemas);
    }

    private List<Problem> check(List<Documents.Site> schemas) {
        for (Documents.Site site : schemas) {
            Documents.Site target = linkOf(site);
            if (target != null) {
                next.put(key(site), target);
            }
        }
        Set<String> continued = new HashSet<>();
        for (Documents.Site site : schemas) {
            if (length(site) > MAX_LINKS) {
                Documents.Site target = next.get(key(site));
                continued.add(key(target));
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Documents.Site site : schemas) {
            int length = length(site);
            if (length > MAX_LINKS && !continued.contains(key(site))) {
                problems.add(site.document().problemAt(site.pointer(), String.format(Locale.ROOT,
                        "a chain of %,d schemas that each only refer to the next starts here; Tristate follows at"
                                + " most %,d", length, MAX_LINKS)));
            }
        }
        return problems;
    }

    /** Links from a site to the end of its chain (or to where it loops), counted without recursion. */
    private int length(Documents.Site start) {
        List<String> path = new ArrayList<>();
        Set<String> onPath = new HashSet<>();
        Documents.Site site = start;
        int tail = 0;
        while (site != null) {
            String key = key(site);
            Integer known = lengths.get(key);
            if (known != null) {
                tail = known;
                break;
            }
            if (!onPath.add(key)) {
                // A loop: the model reader reports it; count it once.
                break;
            }
            path.add(key);
            site = next.get(key);
        }
        for (int i = path.size() - 1; i >= 0; i--) {
            boolean links = next.containsKey(path.get(i));
            tail += links ? 1 : 0;
            lengths.put(path.get(i), tail);
        }
        return lengths.getOrDefault(key(start), 0);
    }

    /** Where a schema that is only a reference leads, looking through allOf of one and oneOf/anyOf of one and null. */
    private Documents.Site linkOf(Documents.Site site) {
        JsonNode node = site.node();
        String pointer = site.pointer();
        for (int depth = 0; node.isObject() && depth < MAX_LINKS; depth++) {
            if (node.has("properties")) {
                return null;
            }
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual()) {
                return documents.target(site.document(), ref.asText());
            }
            String inner = only(node, "allOf");
            if (inner == null) {
                inner = only(node, "oneOf");
            }
            if (inner == null) {
                inner = only(node, "anyOf");
            }
            if (inner == null) {
                return null;
            }
            pointer = pointer + inner;
            node = site.document().at(pointer);
        }
        return null;
    }

    /** The pointer suffix of the one member of a list that is not a null schema, or null. */
    private static String only(JsonNode node, String keyword) {
        JsonNode list = node.path(keyword);
        if (!list.isArray()) {
            return null;
        }
        String found = null;
        for (int i = 0; i < list.size(); i++) {
            if (isNullSchema(list.get(i))) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = "/" + keyword + "/" + i;
        }
        return found;
    }

    private static boolean isNullSchema(JsonNode node) {
        JsonNode type = node.path("type");
        return (type.isTextual() && "null".equals(type.asText()))
                || (type.isArray() && type.size() == 1 && "null".equals(type.get(0).asText()))
                || (node.has("const") && node.get("const").isNull());
    }

    private static String key(Documents.Site site) {
        return site.document().displayPath() + "#" + site.pointer();
    }
}
