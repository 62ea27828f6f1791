package dev.tristate.generator.read;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A JSON tree read from a parser, with the line and column of every node by JSON pointer. YAML anchors and aliases
 * are expanded and YAML merge keys ({@code <<: *base}) merged, so a spec that uses them means what it says:
 * Jackson's YAML parser hands an alias on as the bare name of its anchor, which would silently turn a shared schema
 * into the string "base". Aliases may expand to at most {@value #MAX_ALIAS_VALUES} values in all, which a real spec
 * stays far below and an alias bomb ("billion laughs") reaches within a few lines. A key written twice in one
 * mapping is an error: one of the two definitions would be dropped without a word.
 */
final class LocatedTree {

    static final int MAX_ALIAS_VALUES = 100_000;

    /** A YAML construct the tree cannot be built from, with where it is. */
    static final class TreeException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;
        private final int column;

        TreeException(JsonLocation where, String message) {
            super(message);
            this.line = where.getLineNr();
            this.column = where.getColumnNr();
        }

        int line() {
            return line;
        }

        int column() {
            return column;
        }
    }

    /**
     * A mapping or sequence being read. A mapping is built as it is read; only once a YAML merge key ({@code <<})
     * appears does it keep its entries in order to merge them when it closes, since the keys it writes itself win
     * over merged ones wherever they stand.
     */
    private static final class Open {
        final String pointer;
        final Object anchor;
        final ObjectNode mapping;
        final ArrayNode sequence;
        /** Set once a merge key appears: each entry's key (null for {@code <<}) and value, in order. */
        List<String> keys;
        List<JsonNode> values;
        Set<String> written;
        String key;
        int index;

        Open(String pointer, boolean mapping, Object anchor) {
            this.pointer = pointer;
            this.anchor = anchor;
            this.mapping = mapping ? JsonNodeFactory.instance.objectNode() : null;
            this.sequence = mapping ? null : JsonNodeFactory.instance.arrayNode();
        }

        boolean isMapping() {
            return mapping != null;
        }

        boolean merging() {
            return keys != null;
        }

        /** Whether the mapping already has this key written (a merged key does not count). */
        boolean wrote(String name) {
            return merging() ? !written.add(name) : mapping.has(name);
        }

        void startMerging() {
            keys = new ArrayList<>();
            values = new ArrayList<>();
            written = new HashSet<>();
            for (Map.Entry<String, JsonNode> field : mapping.properties()) {
                keys.add(field.getKey());
                values.add(field.getValue());
                written.add(field.getKey());
            }
            mapping.removeAll();
        }

        void add(JsonNode value) {
            if (sequence != null) {
                sequence.add(value);
            } else if (merging()) {
                keys.add(key);
                values.add(value);
            } else {
                mapping.set(key, value);
            }
        }
    }

    private final JsonParser parser;
    private final YAMLParser yaml;
    private final Map<String, int[]> locations = new HashMap<>();
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
    private final Deque<Open> open = new ArrayDeque<>();
    private long aliasValues;
    private final JsonNode root;

    private LocatedTree(JsonParser parser) throws IOException, TreeException {
        this.parser = parser;
        this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
        this.root = readDocument();
    }

    /** Reads the value at the parser's current token, which must be the first of the document. */
    static LocatedTree read(JsonParser parser) throws IOException, TreeException {
        return new LocatedTree(parser);
    }

    JsonNode root() {
        return root;
    }

    /** JSON pointer → {line, column}. */
    Map<String, int[]> locations() {
        return locations;
    }

    /**
     * Without recursion: a document may nest as deep as the parser allows (1,000 levels), deeper than a thread's
     * stack holds a recursive reader's frames.
     */
    private JsonNode readDocument() throws IOException, TreeException {
        JsonNode value = begin("", true);
        while (value == null) {
            Open current = open.peek();
            JsonToken token = parser.nextToken();
            if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                open.pop();
                JsonNode done = close(current);
                if (open.isEmpty()) {
                    return done;
                }
                open.peek().add(done);
                continue;
            }
            JsonNode scalar;
            if (current.isMapping()) {
                // The key's location is the entry's: begin() does not record the value's.
                scalar = begin(key(current), false);
            } else {
                scalar = begin(current.pointer + "/" + current.index++, true);
            }
            if (scalar != null) {
                current.add(scalar);
            }
        }
        return value;
    }

    /** Reads a mapping's key and moves to its value; returns the value's pointer. */
    private String key(Open mapping) throws IOException, TreeException {
        String name = parser.currentName();
        String child = mapping.pointer + "/" + SourceDocument.escape(name);
        JsonLocation keyAt = parser.currentTokenLocation();
        parser.nextToken();
        if (yaml != null && "<<".equals(name)) {
            if (!mapping.merging()) {
                mapping.startMerging();
            }
            locations.put(child, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
            mapping.key = null;
            return child;
        }
        if (mapping.wrote(name)) {
            int[] first = locations.get(child);
            throw new TreeException(keyAt, "duplicate key " + Quoted.of(name) + " (first at line "
                    + (first == null ? "?" : String.valueOf(first[0])) + "); one of the two would be ignored");
        }
        locations.put(child, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
        mapping.key = name;
        return child;
    }

    /**
     * The value at the current token if it is complete (a scalar or an alias), or null after opening it. A mapping's
     * value is located at its key, which {@link #key} has recorded; {@code locate} is for the root and items.
     */
    private JsonNode begin(String pointer, boolean locate) throws IOException, TreeException {
        JsonLocation start = parser.currentTokenLocation();
        if (locate) {
            locations.put(pointer, new int[] {start.getLineNr(), start.getColumnNr()});
        }
        if (yaml != null && yaml.isCurrentAlias()) {
            return alias(yaml.getText(), start);
        }
        Object anchor = yaml == null ? null : yaml.getObjectId();
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
            open.push(new Open(pointer, token == JsonToken.START_OBJECT, anchor));
            return null;
        }
        JsonNode scalar = scalar(token);
        if (anchor != null) {
            anchors.put(anchor.toString(), scalar);
        }
        return scalar;
    }

    private JsonNode scalar(JsonToken token) throws IOException {
        switch (token) {
            case VALUE_STRING:
                return JsonNodeFactory.instance.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return JsonNodeFactory.instance.numberNode(parser.getBigIntegerValue());
            case VALUE_NUMBER_FLOAT:
                return JsonNodeFactory.instance.numberNode(parser.getDecimalValue());
            case VALUE_TRUE:
                return JsonNodeFactory.instance.booleanNode(true);
            case VALUE_FALSE:
                return JsonNodeFactory.instance.booleanNode(false);
            case VALUE_NULL:
                return JsonNodeFactory.instance.nullNode();
            default:
                return JsonNodeFactory.instance.textNode(parser.getText());
        }
    }

    private JsonNode close(Open container) {
        JsonNode node = container.isMapping() ? container.mapping : container.sequence;
        if (container.merging()) {
            for (int i = 0; i < container.keys.size(); i++) {
                String key = container.keys.get(i);
                if (key == null) {
                    merge(container.mapping, container.values.get(i), container.written);
                } else {
                    container.mapping.set(key, container.values.get(i));
                }
            }
        }
        if (container.anchor != null) {
            anchors.put(container.anchor.toString(), node);
        }
        return node;
    }

    /**
     * YAML merge, at the place of the {@code <<}: keys the mapping writes itself win wherever they are, then
     * earlier merged mappings over later ones.
     */
    private static void merge(ObjectNode into, JsonNode source, Set<String> written) {
        List<JsonNode> mappings = new ArrayList<>();
        if (source.isArray()) {
            source.forEach(mappings::add);
        } else {
            mappings.add(source);
        }
        for (JsonNode mapping : mappings) {
            for (Map.Entry<String, JsonNode> field : mapping.properties()) {
                if (!written.contains(field.getKey()) && !into.has(field.getKey())) {
                    into.set(field.getKey(), field.getValue());
                }
            }
        }
    }

    private JsonNode alias(String name, JsonLocation where) throws TreeException {
        JsonNode target = anchors.get(name);
        if (target == null) {
            throw new TreeException(where, "YAML alias *" + name + " names no anchor defined before it");
        }
        aliasValues += size(target);
        if (aliasValues > MAX_ALIAS_VALUES) {
            throw new TreeException(where, String.format(Locale.ROOT, "YAML aliases expand to more than %,d values,"
                    + " the most Tristate expands (a guard against alias bombs)", MAX_ALIAS_VALUES));
        }
        // A copy, so that the tree stays a tree: nothing that reads it sees one node in two places.
        return target.deepCopy();
    }

    private long size(JsonNode node) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        long count = 0;
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(node));
        while (!pending.isEmpty()) {
            JsonNode current = pending.removeFirst();
            count++;
            current.forEach(pending::addLast);
        }
        sizes.put(node, count);
        return count;
    }
}
