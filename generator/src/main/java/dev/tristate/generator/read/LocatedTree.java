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
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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

    private final JsonParser parser;
    private final YAMLParser yaml;
    private final Map<String, int[]> locations = new HashMap<>();
    private final Map<String, JsonNode> anchors = new HashMap<>();
    private final Map<JsonNode, Long> sizes = new IdentityHashMap<>();
    private long aliasValues;
    private final JsonNode root;

    private LocatedTree(JsonParser parser) throws IOException, TreeException {
        this.parser = parser;
        this.yaml = parser instanceof YAMLParser ? (YAMLParser) parser : null;
        this.root = readValue("");
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

    private JsonNode readValue(String pointer) throws IOException, TreeException {
        JsonLocation start = parser.currentTokenLocation();
        locations.putIfAbsent(pointer, new int[] {start.getLineNr(), start.getColumnNr()});
        if (yaml != null && yaml.isCurrentAlias()) {
            return alias(yaml.getText(), start);
        }
        Object anchor = yaml == null ? null : yaml.getObjectId();
        JsonNode value = plainValue(pointer);
        if (anchor != null) {
            anchors.put(anchor.toString(), value);
        }
        return value;
    }

    private JsonNode plainValue(String pointer) throws IOException, TreeException {
        switch (parser.currentToken()) {
            case START_OBJECT:
                return object(pointer);
            case START_ARRAY:
                ArrayNode array = JsonNodeFactory.instance.arrayNode();
                int index = 0;
                while (parser.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(pointer + "/" + index++));
                }
                return array;
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

    private ObjectNode object(String pointer) throws IOException, TreeException {
        ObjectNode object = JsonNodeFactory.instance.objectNode();
        List<JsonNode> merged = new ArrayList<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            String child = pointer + "/" + SourceDocument.escape(name);
            JsonLocation keyAt = parser.currentTokenLocation();
            parser.nextToken();
            if (yaml != null && "<<".equals(name)) {
                merged.add(readValue(child));
                continue;
            }
            int[] first = locations.get(child);
            if (object.has(name)) {
                throw new TreeException(keyAt, "duplicate key " + Quoted.of(name) + " (first at line "
                        + (first == null ? "?" : String.valueOf(first[0])) + "); one of the two would be ignored");
            }
            locations.put(child, new int[] {keyAt.getLineNr(), keyAt.getColumnNr()});
            object.set(name, readValue(child));
        }
        for (JsonNode source : merged) {
            merge(object, source);
        }
        return object;
    }

    /** YAML merge: keys the mapping writes itself win, then earlier merged mappings over later ones. */
    private static void merge(ObjectNode into, JsonNode source) {
        List<JsonNode> mappings = new ArrayList<>();
        if (source.isArray()) {
            source.forEach(mappings::add);
        } else {
            mappings.add(source);
        }
        for (JsonNode mapping : mappings) {
            for (Iterator<Map.Entry<String, JsonNode>> fields = mapping.fields(); fields.hasNext(); ) {
                Map.Entry<String, JsonNode> field = fields.next();
                if (!into.has(field.getKey())) {
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
