package dev.tristate.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tristate.generator.Problem;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that every object of the OpenAPI document itself (paths, operations, media types, responses, server
 * variables, callbacks, components …) is a map where the specification says map and a list where it says list.
 * Swagger Parser casts such nodes without looking and stops with a Java cast error and no location, so the shape is
 * checked first and each wrong node becomes an error at its own line. Schemas are checked by {@link SchemaKeywords};
 * here a schema position only has to hold a map (or, in 3.1, a boolean). Iterative, so any nesting is safe.
 */
final class DocumentShape {

    /** What a node must be. {@code fields} for an object's fixed fields; {@code entries} for a map's values. */
    private record Shape(String what, Kind kind, Map<String, Shape> fields, Shape entries, boolean referable) {}

    private enum Kind { OBJECT, MAP, LIST, SCHEMA }

    private static final Shape SCHEMA = new Shape("a schema", Kind.SCHEMA, Map.of(), null, true);
    private static final Shape ANY_OBJECT = new Shape("a map", Kind.OBJECT, Map.of(), null, true);
    private static final Shape SERVER_VARIABLE = object("a server variable", false, Map.of("enum", listOf(null)));
    private static final Shape SERVER = object("a server", false,
            Map.of("variables", mapOf("server variables", SERVER_VARIABLE)));
    private static final Shape SERVERS = listOf(SERVER);
    private static final Shape EXAMPLES = mapOf("examples", ANY_OBJECT);
    /** Media types hold encodings, which hold headers, which hold media types: filled in once all exist. */
    private static final Map<String, Shape> MEDIA_TYPE_FIELDS = new HashMap<>();
    private static final Shape MEDIA_TYPE = new Shape("a media type", Kind.OBJECT, MEDIA_TYPE_FIELDS, null, false);
    private static final Shape CONTENT = mapOf("media types", MEDIA_TYPE);
    private static final Shape HEADERS = mapOf("headers", headerLike("a header"));
    private static final Shape ENCODING = object("an encoding", false, Map.of("headers", HEADERS));
    private static final Shape PARAMETER = headerLike("a parameter");
    private static final Shape REQUEST_BODY = object("a request body", true, Map.of("content", CONTENT));
    private static final Shape RESPONSE = object("a response", true, Map.of("headers", HEADERS,
            "content", CONTENT, "links", mapOf("links", ANY_OBJECT)));
    private static final Shape RESPONSES = mapOf("responses", RESPONSE);
    private static final Shape SECURITY = listOf(mapOf("security requirement", null));
    /** Operations refer to path items through callbacks, so the path item is completed once it exists. */
    private static final Map<String, Shape> PATH_ITEM_FIELDS = new HashMap<>();
    private static final Shape PATH_ITEM = new Shape("a path item", Kind.OBJECT, PATH_ITEM_FIELDS, null, true);
    private static final Shape CALLBACK = new Shape("a callback", Kind.MAP, Map.of(), PATH_ITEM, true);
    private static final Shape OPERATION = object("an operation", false, Map.of(
            "tags", listOf(null), "externalDocs", ANY_OBJECT, "parameters", listOf(PARAMETER),
            "requestBody", REQUEST_BODY, "responses", RESPONSES, "callbacks", mapOf("callbacks", CALLBACK),
            "security", SECURITY, "servers", SERVERS));

    static {
        for (String method : List.of("get", "put", "post", "delete", "options", "head", "patch", "trace")) {
            PATH_ITEM_FIELDS.put(method, OPERATION);
        }
        PATH_ITEM_FIELDS.put("servers", SERVERS);
        PATH_ITEM_FIELDS.put("parameters", listOf(PARAMETER));
        MEDIA_TYPE_FIELDS.put("schema", SCHEMA);
        MEDIA_TYPE_FIELDS.put("examples", EXAMPLES);
        MEDIA_TYPE_FIELDS.put("encoding", mapOf("encodings", ENCODING));
    }

    private static final Shape COMPONENTS = object("components", false, Map.of(
            "schemas", mapOf("schemas", SCHEMA), "responses", mapOf("responses", RESPONSE),
            "parameters", mapOf("parameters", PARAMETER), "examples", EXAMPLES,
            "requestBodies", mapOf("request bodies", REQUEST_BODY), "headers", HEADERS,
            "securitySchemes", mapOf("security schemes", ANY_OBJECT), "links", mapOf("links", ANY_OBJECT),
            "callbacks", mapOf("callbacks", CALLBACK), "pathItems", mapOf("path items", PATH_ITEM)));
    private static final Shape DOCUMENT = object("an OpenAPI document", false, Map.of(
            "info", object("info", false, Map.of("contact", ANY_OBJECT, "license", ANY_OBJECT)),
            "servers", SERVERS, "paths", mapOf("paths", PATH_ITEM), "webhooks", mapOf("webhooks", PATH_ITEM),
            "components", COMPONENTS, "security", SECURITY, "tags", listOf(ANY_OBJECT),
            "externalDocs", ANY_OBJECT));

    private DocumentShape() {}

    private static Shape object(String what, boolean referable, Map<String, Shape> fields) {
        return new Shape(what, Kind.OBJECT, fields, null, referable);
    }

    private static Shape mapOf(String what, Shape entries) {
        return new Shape("a map of " + what, Kind.MAP, Map.of(), entries, false);
    }

    private static Shape listOf(Shape items) {
        return new Shape("a list", Kind.LIST, Map.of(), items, false);
    }

    private static Shape headerLike(String what) {
        return object(what, true, Map.of("schema", SCHEMA, "examples", EXAMPLES, "content", CONTENT));
    }

    private record Pending(String pointer, String name, JsonNode node, Shape shape) {}

    /** Each node of the root document that has the wrong shape, located, as errors Swagger Parser must not see. */
    static List<Problem> check(SourceDocument document) {
        List<Problem> problems = new ArrayList<>();
        Deque<Pending> pending = new ArrayDeque<>();
        pending.add(new Pending("", "the document", document.root(), DOCUMENT));
        while (!pending.isEmpty()) {
            Pending next = pending.removeFirst();
            String wrong = wrongShape(next.node(), next.shape());
            if (wrong != null) {
                boolean empty = next.node().isNull() || (next.node().isTextual() && next.node().asText().isEmpty());
                problems.add(document.problemAt(next.pointer(), next.name() + " must be " + wrong + (empty
                        ? "; it is empty (write " + ("a list".equals(wrong) ? "[]" : "{}") + " for one with nothing in it)"
                        : "; found " + SchemaKeywords.kind(next.node()))));
                continue;
            }
            if (next.shape().referable() && next.node().has("$ref")) {
                continue;
            }
            enqueueChildren(next, pending);
        }
        return problems;
    }

    private static void enqueueChildren(Pending parent, Deque<Pending> pending) {
        Shape shape = parent.shape();
        JsonNode node = parent.node();
        switch (shape.kind()) {
            case OBJECT -> shape.fields().forEach((field, child) -> {
                JsonNode value = node.get(field);
                if (value != null) {
                    pending.add(new Pending(parent.pointer() + "/" + SourceDocument.escape(field),
                            "'" + field + "'", value, child));
                }
            });
            case MAP -> {
                if (shape.entries() != null) {
                    node.fields().forEachRemaining(entry -> {
                        if (!entry.getKey().startsWith("x-")) {
                            pending.add(new Pending(parent.pointer() + "/" + SourceDocument.escape(entry.getKey()),
                                    Quoted.of(entry.getKey()), entry.getValue(), shape.entries()));
                        }
                    });
                }
            }
            case LIST -> {
                if (shape.entries() != null) {
                    for (int i = 0; i < node.size(); i++) {
                        pending.add(new Pending(parent.pointer() + "/" + i, "item " + (i + 1) + " of "
                                + parent.name(), node.get(i), shape.entries()));
                    }
                }
            }
            case SCHEMA -> {
                // Its keywords are SchemaKeywords' to check.
            }
        }
    }

    /** What the node should have been, or null when it has the right shape. */
    private static String wrongShape(JsonNode node, Shape shape) {
        return switch (shape.kind()) {
            case OBJECT -> node.isObject() ? null : shape.what() + " (a map)";
            case MAP -> node.isObject() ? null : shape.what();
            case LIST -> node.isArray() ? null : "a list";
            case SCHEMA -> node.isObject() || node.isBoolean() ? null : "a schema (a map)";
        };
    }
}
