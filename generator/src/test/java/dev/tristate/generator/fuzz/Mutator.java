package dev.tristate.generator.fuzz;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mutates one spec, deterministically from a {@link Random}: structure-aware mutations of its parsed tree (written
 * back as YAML or JSON, like the seed) and byte-level mutations of its text. Each mutation has a {@link Kind} and a
 * detail saying where and what, so a failure names what provoked it.
 */
public final class Mutator {

    /** The named kinds of mutation. */
    public enum Kind {
        // structure-aware: on the parsed tree
        WRONG_TYPE("wrong-type", true, 14),
        MAP_SLOT_NOT_MAP("map-slot-not-map", true, 8),
        RANDOM_NODE("random-node", true, 5),
        DANGLING_REF("dangling-ref", true, 5),
        NESTED_REF("nested-ref", true, 3),
        HOSTILE_REF("hostile-ref", true, 5),
        NON_STRING_REF("non-string-ref", true, 3),
        REF_CYCLE("ref-cycle", true, 5),
        DEEP_NESTING("deep-nesting", true, 3),
        HUGE("huge", true, 3),
        OPENAPI_VERSION("openapi-version", true, 4),
        ODD_KEY("odd-key", true, 6),
        REMOVE_KEY("remove-key", true, 4),
        // byte-level: on the text
        BYTE_FLIP("byte-flip", false, 4),
        BYTE_INSERT("byte-insert", false, 4),
        BYTE_DELETE("byte-delete", false, 3),
        TRUNCATE("truncate", false, 2),
        INVALID_UTF8("invalid-utf8", false, 4),
        NUL("nul", false, 2),
        BOM("bom", false, 2),
        TAB_INDENT("tab-indent", false, 2),
        YAML_ALIAS("yaml-alias", false, 3),
        YAML_TAG("yaml-tag", false, 2),
        COMPLEX_KEY("complex-key", false, 2),
        SECOND_DOCUMENT("second-document", false, 2),
        LINE_EDIT("line-edit", false, 3);

        private final String label;
        private final boolean structural;
        private final int weight;

        Kind(String label, boolean structural, int weight) {
            this.label = label;
            this.structural = structural;
            this.weight = weight;
        }

        public String label() {
            return label;
        }

        public boolean structural() {
            return structural;
        }
    }

    /** What a mutation produced. */
    /**
     * What a mutation produced.
     *
     * @param expectLine when positive, the line an error must name (an unreadable byte's)
     * @param mustSay when not null, what an error message must say (as a regex)
     * @param mustNotSay when not null, what no message may say
     * @param mustReport when not null, a keyword given a value of a JSON type it cannot have, in a component
     *     schema (which is always generated from): a run that succeeds must still name it in a problem
     */
    public record Mutation(Kind kind, String detail, byte[] bytes, int expectLine, String mustSay,
            String mustNotSay, String mustReport) {
        Mutation(Kind kind, String detail, byte[] bytes, int expectLine) {
            this(kind, detail, bytes, expectLine, null, null, null);
        }
    }

    private static final Set<String> SCHEMA_VALUED = Set.of("schema", "items", "not", "contains", "if", "then",
            "else", "unevaluatedItems", "unevaluatedProperties", "propertyNames", "additionalItems");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "oneOf", "anyOf", "prefixItems");
    private static final Set<String> DATA = Set.of("example", "examples", "default", "const", "enum");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch",
            "trace");
    private static final Set<String> MAP_VALUED = Set.of("info", "paths", "components", "responses", "content",
            "variables", "callbacks", "requestBody", "webhooks", "discriminator", "mapping", "headers", "links",
            "encoding", "securitySchemes", "schemas", "properties", "license", "contact", "externalDocs", "xml",
            "requestBodies", "pathItems", "examples");
    private static final Set<String> MAP_CHILDREN = Set.of("paths", "content", "variables", "callbacks",
            "responses", "webhooks", "schemas", "headers", "encoding", "requestBodies", "parameters", "pathItems",
            "securitySchemes", "links");
    private static final String[] KEYWORDS = {"type", "properties", "items", "allOf", "oneOf", "anyOf", "enum",
        "required", "minLength", "maxLength", "minimum", "maximum", "minItems", "maxItems", "pattern", "format",
        "discriminator", "additionalProperties", "nullable", "$ref", "default", "description", "title", "readOnly",
        "writeOnly", "const", "not", "prefixItems", "example", "deprecated", "uniqueItems", "multipleOf",
        "exclusiveMinimum", "minProperties", "xml"};

    private static final ObjectMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
                    .maxStringLength(Integer.MAX_VALUE).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build());
    private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(100_000)
                    .maxStringLength(Integer.MAX_VALUE).build())
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(100_000).build()).build())
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final byte[] original;
    private final boolean json;
    private final JsonNode tree;
    private final boolean goodSeed;
    private Random random;
    private boolean nestedRefEndsInSlash;
    private String mustReport;

    /**
     * @param original the seed's bytes
     * @param json whether the seed is JSON (else YAML)
     * @param goodSeed whether the unmutated seed generates (then an unreadable byte must be reported at its line)
     */
    public Mutator(byte[] original, boolean json, boolean goodSeed) {
        this.original = original;
        this.json = json;
        this.goodSeed = goodSeed;
        JsonNode parsed;
        try {
            parsed = (json ? JSON : YAML).readTree(original);
        } catch (IOException | RuntimeException e) {
            parsed = null;
        }
        this.tree = parsed instanceof ObjectNode ? parsed : null;
    }

    /** Whether structure-aware mutations are possible (the seed parses to a map). */
    public boolean hasTree() {
        return tree != null;
    }

    /** Picks a kind by weight (only byte-level ones when the seed does not parse) and applies it. */
    public Mutation mutate(Random random) {
        this.random = random;
        List<Kind> kinds = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (kind.structural && tree == null) {
                continue;
            }
            for (int i = 0; i < kind.weight; i++) {
                kinds.add(kind);
            }
        }
        Kind kind = kinds.get(random.nextInt(kinds.size()));
        return apply(kind);
    }

    /** Applies the given kind (a different one when it cannot apply to this seed). */
    public Mutation apply(Kind kind) {
        Mutation m = kind.structural ? structural(kind) : bytes(kind);
        return m != null ? m : bytes(Kind.BYTE_FLIP);
    }

    // ---------------------------------------------------------------- structure-aware

    /** A place in the tree: a field of an object or an element of an array. */
    private record Slot(JsonNode parent, String key, int index, List<String> path) {
        JsonNode get() {
            return key != null ? parent.get(key) : parent.get(index);
        }

        void set(JsonNode value) {
            if (key != null) {
                ((ObjectNode) parent).set(key, value);
            } else {
                ((ArrayNode) parent).set(index, value);
            }
        }

        String last() {
            return path.get(path.size() - 1);
        }

        String prev() {
            return path.size() < 2 ? "" : path.get(path.size() - 2);
        }

        String pointer() {
            StringBuilder s = new StringBuilder("#");
            for (String p : path) {
                s.append('/').append(p.startsWith("[") ? p.substring(1, p.length() - 1)
                        : p.replace("~", "~0").replace("/", "~1"));
            }
            return s.toString();
        }

        @Override
        public String toString() {
            return "/" + String.join("/", path);
        }
    }

    private Mutation structural(Kind kind) {
        JsonNode copy = tree.deepCopy();
        String detail;
        switch (kind) {
            case WRONG_TYPE:
                detail = wrongType(copy);
                break;
            case MAP_SLOT_NOT_MAP:
                detail = mapSlotNotMap(copy);
                break;
            case RANDOM_NODE:
                detail = randomNode(copy);
                break;
            case DANGLING_REF:
                detail = danglingRef(copy);
                break;
            case NESTED_REF:
                detail = nestedRef(copy);
                break;
            case HOSTILE_REF:
                detail = setRef(copy, pick("/etc/passwd", "../x.yaml", "../../../../../../../../etc/passwd",
                        "http://127.0.0.1:1/x.yaml", "https://127.0.0.1:1/x.yaml#/components/schemas/A",
                        "file:///etc/passwd", "jar:file:///x.jar!/a.yaml", "ftp://127.0.0.1:1/x.yaml",
                        "\\\\127.0.0.1\\share\\x.yaml", "C:/Windows/win.ini", "%2e%2e/x.yaml", "..%2Fx.yaml",
                        "//127.0.0.1:1/x.yaml", "data:text/plain,hi", "~/.ssh/id_rsa", ".", "./", "..",
                        "nope.yaml", "nope.yaml#/components/schemas/X", "x.yaml#", "%00.yaml", "a b.yaml",
                        "classpath:/x.yaml", "mailto:a@b", "HTTP://127.0.0.1:1/X", "#/../../etc/passwd",
                        "/dev/zero", "/proc/self/environ"));
                break;
            case NON_STRING_REF:
                detail = setRefNode(copy, pickNode(() -> NODES.numberNode(5), () -> NODES.booleanNode(true),
                        NODES::nullNode, NODES::arrayNode, () -> NODES.arrayNode().add("#/components/schemas/A"),
                        () -> NODES.objectNode().put("a", "b"),
                        () -> NODES.objectNode().put("$ref", "#/components/schemas/A"), () -> NODES.textNode("")));
                break;
            case REF_CYCLE:
                detail = refCycle(copy);
                break;
            case DEEP_NESTING:
                detail = deepNesting(copy);
                break;
            case HUGE:
                detail = huge(copy);
                break;
            case OPENAPI_VERSION:
                detail = version(copy);
                break;
            case ODD_KEY:
                detail = oddKey(copy);
                break;
            case REMOVE_KEY:
                detail = removeKey(copy);
                break;
            default:
                throw new IllegalArgumentException(kind.toString());
        }
        if (detail == null) {
            return null;
        }
        String mustSay = null;
        String mustNotSay = null;
        if (kind == Kind.OPENAPI_VERSION && goodSeed && !detail.startsWith("openapi 3")) {
            // the user must learn it is about the openapi version, not that some parser could not read the file
            mustSay = "(?i)\\bopenapi\\b";
        } else if (kind == Kind.NESTED_REF && goodSeed && !nestedRefEndsInSlash) {
            // the pointer names a schema that exists: it may be unsupported, but it is not dangling
            mustNotSay = "(?i)dangling";
        }
        String mustReport = kind == Kind.WRONG_TYPE && goodSeed ? this.mustReport : null;
        return new Mutation(kind, detail, write(copy), 0, mustSay, mustNotSay, mustReport);
    }

    private byte[] write(JsonNode node) {
        try {
            return (json ? JSON : YAML).writeValueAsBytes(node);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Slot> slots(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        collect(root, new ArrayList<>(), out);
        return out;
    }

    private static void collect(JsonNode node, List<String> path, List<Slot> out) {
        if (node.isObject()) {
            for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                List<String> p = append(path, name);
                out.add(new Slot(node, name, -1, p));
                collect(node.get(name), p, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<String> p = append(path, "[" + i + "]");
                out.add(new Slot(node, null, i, p));
                collect(node.get(i), p, out);
            }
        }
    }

    private static List<String> append(List<String> path, String key) {
        List<String> p = new ArrayList<>(path.size() + 1);
        p.addAll(path);
        p.add(key);
        return p;
    }

    /** Whether the node at this path is (meant to be) a schema. */
    static boolean isSchema(List<String> path) {
        int n = path.size();
        for (int i = 0; i < n; i++) {
            String k = path.get(i);
            boolean named = i > 0 && SCHEMA_MAPS.contains(path.get(i - 1));
            if (!named && (DATA.contains(k) || k.startsWith("x-"))) {
                return false;
            }
        }
        if (n == 0) {
            return false;
        }
        String last = path.get(n - 1);
        String prev = n < 2 ? "" : path.get(n - 2);
        if (SCHEMA_MAPS.contains(prev) && n >= 2) {
            return true;
        }
        if (prev.equals("schemas") && n >= 3 && path.get(n - 3).equals("components")) {
            return true;
        }
        if (SCHEMA_LISTS.contains(prev) && last.startsWith("[")) {
            return true;
        }
        return SCHEMA_VALUED.contains(last) || last.equals("additionalProperties");
    }

    /** Whether an OpenAPI map is required at this path. */
    private static boolean isMapSlot(List<String> path) {
        int n = path.size();
        String last = path.get(n - 1);
        String prev = n < 2 ? "" : path.get(n - 2);
        for (String k : path) {
            if (DATA.contains(k) || k.startsWith("x-")) {
                return false;
            }
        }
        if (last.startsWith("[")) {
            return (prev.equals("servers") || prev.equals("parameters") || prev.equals("tags"));
        }
        return MAP_VALUED.contains(last) && !last.equals("properties") || MAP_CHILDREN.contains(prev)
                || METHODS.contains(last) && n >= 3 && (path.get(n - 3).equals("paths")
                        || path.get(n - 3).equals("webhooks"))
                || isSchema(path);
    }

    private List<Slot> schemaSlots(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots(root)) {
            if (s.get().isObject() && isSchema(s.path())) {
                out.add(s);
            }
        }
        return out;
    }

    private String wrongType(JsonNode root) {
        List<Slot> schemas = schemaSlots(root);
        if (schemas.isEmpty()) {
            return null;
        }
        Slot slot = schemas.get(random.nextInt(schemas.size()));
        ObjectNode schema = (ObjectNode) slot.get();
        String keyword;
        List<String> present = new ArrayList<>();
        schema.fieldNames().forEachRemaining(present::add);
        present.retainAll(Arrays.asList(KEYWORDS));
        if (!present.isEmpty() && random.nextBoolean()) {
            keyword = present.get(random.nextInt(present.size()));
        } else {
            keyword = KEYWORDS[random.nextInt(KEYWORDS.length)];
        }
        JsonNode value = wrongValue(keyword, schema);
        schema.set(keyword, value);
        boolean component = slot.path().size() == 3 && slot.prev().equals("schemas");
        boolean v31 = root.path("openapi").asText("").startsWith("3.1");
        mustReport = component && (keyword.equals("$ref") || !schema.has("$ref")) && wrongJsonType(keyword, value, v31)
                ? keyword : null;
        return slot + "." + keyword + " := " + shortText(value);
    }

    /** Whether the value has a JSON type the keyword cannot have (OpenAPI 3.0 / JSON Schema 2020-12 in 3.1). */
    static boolean wrongJsonType(String keyword, JsonNode value, boolean v31) {
        switch (keyword) {
            case "type":
                return !(value.isTextual() || v31 && value.isArray() && value.size() > 0
                        && allMatch(value, JsonNode::isTextual));
            case "properties":
                return !value.isObject() || !allMatch(value, v -> v.isObject() || v31 && v.isBoolean());
            case "items":
            case "not":
                return !(value.isObject() || v31 && value.isBoolean());
            case "additionalProperties":
                return !(value.isObject() || value.isBoolean());
            case "allOf":
            case "oneOf":
            case "anyOf":
                return !value.isArray() || !allMatch(value, v -> v.isObject() || v31 && v.isBoolean());
            case "enum":
                return !value.isArray();
            case "required":
                return !value.isArray() || !allMatch(value, JsonNode::isTextual);
            case "minLength":
            case "maxLength":
            case "minItems":
            case "maxItems":
            case "minProperties":
                return !value.isIntegralNumber() || value.asLong() < 0;
            case "minimum":
            case "maximum":
            case "multipleOf":
                return !value.isNumber();
            case "pattern":
            case "format":
            case "description":
            case "title":
            case "$ref":
                return !value.isTextual();
            case "discriminator":
                return !value.isObject() || !value.path("propertyName").isTextual();
            case "nullable":
            case "readOnly":
            case "writeOnly":
            case "deprecated":
            case "uniqueItems":
                return !value.isBoolean();
            default:
                return false;
        }
    }

    private static boolean allMatch(JsonNode array, java.util.function.Predicate<JsonNode> test) {
        for (JsonNode v : array) {
            if (!test.test(v)) {
                return false;
            }
        }
        return true;
    }

    private JsonNode wrongValue(String keyword, ObjectNode schema) {
        String prop = schema.path("properties").fieldNames().hasNext()
                ? schema.path("properties").fieldNames().next() : "y";
        switch (keyword) {
            case "type":
                return pickNode(() -> NODES.numberNode(5), () -> NODES.arrayNode().add("string").add(5),
                        NODES::objectNode, NODES::nullNode, () -> NODES.textNode("strnig"), NODES::arrayNode,
                        () -> NODES.textNode(""), () -> NODES.booleanNode(true),
                        () -> NODES.arrayNode().add("string").add("string"),
                        () -> NODES.arrayNode().add("null"), () -> NODES.textNode("null"),
                        () -> NODES.arrayNode().add("object").add("array").add("string").add("integer"));
            case "properties":
                return pickNode(() -> NODES.textNode("x"), () -> NODES.numberNode(5),
                        () -> NODES.arrayNode().add("a").add("b"), NODES::nullNode,
                        () -> NODES.objectNode().put("p", "x"), () -> NODES.objectNode().put("p", 5),
                        () -> NODES.objectNode().putNull("p"), () -> NODES.objectNode().set("p", NODES.arrayNode()),
                        () -> NODES.objectNode().put("p", true), () -> NODES.objectNode().put("p", false));
            case "items":
            case "not":
            case "additionalProperties":
                return pickNode(() -> NODES.textNode("x"), () -> NODES.numberNode(5), NODES::nullNode,
                        () -> NODES.arrayNode().add(NODES.objectNode().put("type", "string")),
                        () -> NODES.booleanNode(true), () -> NODES.booleanNode(false), NODES::arrayNode,
                        () -> NODES.textNode("yes"), () -> NODES.objectNode().put("type", 5),
                        () -> NODES.objectNode().put("$ref", "#/components/schemas/Nope"));
            case "allOf":
            case "oneOf":
            case "anyOf":
            case "prefixItems":
                return pickNode(NODES::objectNode, () -> NODES.textNode("x"), () -> NODES.arrayNode().add("x"),
                        () -> NODES.arrayNode().addNull(), () -> NODES.arrayNode().add(5), NODES::arrayNode,
                        () -> NODES.arrayNode().add(NODES.arrayNode()), () -> NODES.arrayNode().add(true),
                        () -> NODES.arrayNode().add(NODES.objectNode()).add("x"), NODES::nullNode,
                        () -> NODES.arrayNode().add(NODES.objectNode().put("$ref", 5)),
                        () -> NODES.arrayNode().add(NODES.objectNode().put("type", "string"))
                                .add(NODES.objectNode().put("type", "integer")));
            case "enum":
                return pickNode(NODES::arrayNode, NODES::objectNode, () -> NODES.textNode("x"),
                        () -> NODES.arrayNode().add(NODES.objectNode().put("a", 1)),
                        () -> NODES.arrayNode().add(NODES.objectNode().put("a", 1))
                                .add(NODES.objectNode().put("b", 2)),
                        () -> NODES.arrayNode().add(NODES.arrayNode().add(1)), () -> NODES.arrayNode().addNull(),
                        () -> NODES.arrayNode().add(1).add("1"), () -> NODES.arrayNode().add(1.5).add(true),
                        () -> NODES.arrayNode().add("a").add("a"), () -> NODES.arrayNode().add("").add("_"),
                        NODES::nullNode, () -> NODES.numberNode(5));
            case "required":
                return pickNode(() -> NODES.textNode("x"), () -> NODES.booleanNode(true),
                        () -> NODES.arrayNode().add(5), () -> NODES.arrayNode().add("nope"),
                        () -> NODES.arrayNode().addNull(), NODES::objectNode, NODES::arrayNode,
                        () -> NODES.arrayNode().add(prop).add(prop), NODES::nullNode);
            case "minLength":
            case "maxLength":
            case "minItems":
            case "maxItems":
            case "minProperties":
                return pickNode(() -> NODES.textNode("10"), () -> NODES.numberNode(-1),
                        () -> NODES.numberNode(1.5), NODES::nullNode, () -> NODES.textNode("x"),
                        () -> NODES.numberNode(new java.math.BigInteger("99999999999999999999999")),
                        NODES::objectNode, () -> NODES.booleanNode(true));
            case "minimum":
            case "maximum":
            case "multipleOf":
            case "exclusiveMinimum":
                return pickNode(() -> NODES.textNode("x"), NODES::objectNode, () -> NODES.numberNode(0),
                        () -> NODES.numberNode(-0.0), () -> NODES.textNode("1e999"),
                        () -> NODES.numberNode(new java.math.BigDecimal("1e400")), () -> NODES.booleanNode(true));
            case "pattern":
                return pickNode(() -> NODES.numberNode(5), () -> NODES.textNode("["), () -> NODES.textNode("(?<"),
                        NODES::objectNode, () -> NODES.textNode("\\"), () -> NODES.textNode("*/ \"\\u0022"));
            case "format":
                return pickNode(() -> NODES.numberNode(5), NODES::objectNode, () -> NODES.textNode("date-time"),
                        () -> NODES.textNode("int64"), () -> NODES.textNode("binary"), () -> NODES.textNode("uuid"),
                        () -> NODES.textNode("no-such-format"), () -> NODES.textNode(""));
            case "discriminator":
                return pickNode(() -> NODES.textNode("kind"), () -> NODES.numberNode(5), NODES::objectNode,
                        () -> NODES.objectNode().put("propertyName", 5),
                        () -> {
                            ObjectNode d = NODES.objectNode().put("propertyName", "nope");
                            d.putObject("mapping").put("a", "#/components/schemas/Nope");
                            return d;
                        },
                        () -> NODES.objectNode().put("propertyName", prop).put("mapping", "y"),
                        () -> {
                            ObjectNode d = NODES.objectNode().put("propertyName", prop);
                            d.putObject("mapping").put("a", 5);
                            return d;
                        });
            case "nullable":
            case "readOnly":
            case "writeOnly":
            case "deprecated":
            case "uniqueItems":
                return pickNode(() -> NODES.textNode("yes"), () -> NODES.numberNode(5), NODES::objectNode,
                        NODES::nullNode, NODES::arrayNode);
            case "$ref":
                return pickNode(() -> NODES.numberNode(5), NODES::objectNode, NODES::nullNode,
                        () -> NODES.textNode("#/components/schemas/Nope"));
            case "default":
            case "const":
            case "example":
                return pickNode(NODES::objectNode, NODES::arrayNode, () -> NODES.textNode("x"),
                        () -> NODES.numberNode(5), NODES::nullNode,
                        () -> NODES.objectNode().put("$ref", "#/components/schemas/Nope"));
            default:
                return pickNode(() -> NODES.numberNode(5), NODES::objectNode, NODES::arrayNode, NODES::nullNode,
                        () -> NODES.arrayNode().add(NODES.objectNode()), () -> NODES.booleanNode(false));
        }
    }

    private String mapSlotNotMap(JsonNode root) {
        List<Slot> candidates = new ArrayList<>();
        for (Slot s : slots(root)) {
            if (s.get().isObject() && isMapSlot(s.path())) {
                candidates.add(s);
            }
        }
        if (candidates.isEmpty()) {
            return null;
        }
        Slot slot = candidates.get(random.nextInt(candidates.size()));
        JsonNode value = pickNode(() -> NODES.textNode("x"), () -> NODES.numberNode(5), () -> NODES.booleanNode(true),
                NODES::nullNode, NODES::arrayNode, () -> NODES.arrayNode().add("a"),
                () -> NODES.arrayNode().add(NODES.objectNode()), () -> NODES.textNode(""));
        slot.set(value);
        return slot + " := " + shortText(value);
    }

    private String randomNode(JsonNode root) {
        List<Slot> all = slots(root);
        if (all.isEmpty()) {
            return null;
        }
        Slot slot = all.get(random.nextInt(all.size()));
        JsonNode value = pickNode(NODES::nullNode, () -> NODES.textNode(""), () -> NODES.numberNode(0),
                NODES::arrayNode, NODES::objectNode, () -> NODES.booleanNode(false), () -> NODES.numberNode(-1),
                () -> NODES.textNode("\u0000"), () -> NODES.numberNode(1e308), () -> NODES.textNode("~"));
        slot.set(value);
        return slot + " := " + shortText(value);
    }

    private List<Slot> refSites(JsonNode root) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots(root)) {
            if (s.key() != null && s.key().equals("$ref")) {
                out.add(s);
            }
        }
        return out;
    }

    /** Sets an existing $ref, or makes a schema a $ref, to the given target. */
    private String setRef(JsonNode root, String target) {
        return setRefNode(root, NODES.textNode(target));
    }

    private String setRefNode(JsonNode root, JsonNode target) {
        List<Slot> refs = refSites(root);
        if (!refs.isEmpty() && random.nextBoolean()) {
            Slot slot = refs.get(random.nextInt(refs.size()));
            slot.set(target);
            return slot + " := " + shortText(target);
        }
        List<Slot> schemas = schemaSlots(root);
        if (schemas.isEmpty()) {
            if (refs.isEmpty()) {
                return null;
            }
            Slot slot = refs.get(0);
            slot.set(target);
            return slot + " := " + shortText(target);
        }
        Slot slot = schemas.get(random.nextInt(schemas.size()));
        ObjectNode ref = NODES.objectNode();
        ref.set("$ref", target);
        slot.set(ref);
        return slot + " := {$ref: " + shortText(target) + "}";
    }

    private List<String> componentSchemaNames(JsonNode root) {
        List<String> names = new ArrayList<>();
        root.path("components").path("schemas").fieldNames().forEachRemaining(names::add);
        return names;
    }

    private String danglingRef(JsonNode root) {
        List<String> names = componentSchemaNames(root);
        String some = names.isEmpty() ? "A" : names.get(random.nextInt(names.size()));
        String esc = some.replace("~", "~0").replace("/", "~1");
        return setRef(root, pick("#/components/schemas/Nope", "#/components/schemas/", "#", "#/", "",
                " ", "#/components/schemas/" + esc + "/nope", "#components/schemas/" + esc,
                "#/components/schemas/" + esc + "%20", "#/paths", "#/info", "#/components/schemas/" + esc + "~1x",
                "#/components/schemas/" + esc.toLowerCase(java.util.Locale.ROOT) + "_", "#/components/schemas/~",
                "#/components/responses/Nope", "#/components/schemas/" + esc + "/properties/nope",
                "#/components/schemas/" + esc + "/items/items", "##", "#/components/schemas/%7B", "#\u0000"));
    }

    private String nestedRef(JsonNode root) {
        List<Slot> nested = new ArrayList<>();
        for (Slot s : schemaSlots(root)) {
            if (!(s.prev().equals("schemas") && s.path().size() == 3)) {
                nested.add(s);
            }
        }
        if (nested.isEmpty()) {
            return null;
        }
        Slot target = nested.get(random.nextInt(nested.size()));
        nestedRefEndsInSlash = random.nextInt(4) == 0;
        String pointer = target.pointer() + (nestedRefEndsInSlash ? "/" : "");
        // a site that is not the target or one of its ancestors (replacing those would make the pointer dangle)
        List<Slot> sites = new ArrayList<>();
        for (Slot s : slots(root)) {
            boolean ancestor = s.path().size() <= target.path().size()
                    && target.path().subList(0, s.path().size()).equals(s.path());
            boolean site = s.key() != null && s.key().equals("$ref") || s.get().isObject() && isSchema(s.path());
            if (site && !ancestor) {
                sites.add(s);
            }
        }
        if (sites.isEmpty()) {
            return null;
        }
        Slot site = sites.get(random.nextInt(sites.size()));
        if (site.key() != null && site.key().equals("$ref")) {
            site.set(NODES.textNode(pointer));
            return site + " := \"" + pointer + "\"";
        }
        site.set(NODES.objectNode().put("$ref", pointer));
        return site + " := {$ref: \"" + pointer + "\"}";
    }

    private ObjectNode schemasOf(JsonNode root) {
        ObjectNode components = root.get("components") instanceof ObjectNode ? (ObjectNode) root.get("components")
                : ((ObjectNode) root).putObject("components");
        return components.get("schemas") instanceof ObjectNode ? (ObjectNode) components.get("schemas")
                : components.putObject("schemas");
    }

    private static ObjectNode ref(String name) {
        return NODES.objectNode().put("$ref", "#/components/schemas/" + name.replace("~", "~0").replace("/", "~1"));
    }

    private String refCycle(JsonNode root) {
        ObjectNode schemas = schemasOf(root);
        List<String> names = componentSchemaNames(root);
        String a = names.isEmpty() ? "CycleA" : names.get(random.nextInt(names.size()));
        String b = "CycleB";
        int variant = random.nextInt(9);
        switch (variant) {
            case 0:
                schemas.set(a, ref(a));
                return a + " := $ref to itself";
            case 1:
                schemas.set(a, ref(b));
                schemas.set(b, ref(a));
                return a + " := $ref " + b + ", " + b + " := $ref " + a;
            case 2:
                schemas.set(a, NODES.objectNode().set("allOf", NODES.arrayNode().add(ref(a))));
                return a + " := allOf [$ref " + a + "]";
            case 3:
                schemas.set(a, NODES.objectNode().put("type", "array").set("items", ref(a)));
                return a + " := array of itself";
            case 4: {
                int length = pick(10, 499, 501, 1600);
                for (int i = 0; i < length; i++) {
                    schemas.set("Chain" + i, ref("Chain" + (i + 1)));
                }
                schemas.set("Chain" + length, random.nextBoolean() ? NODES.objectNode().put("type", "string")
                        : ref("Chain0"));
                return "a $ref chain of " + length + " links, ending in " + schemas.get("Chain" + length);
            }
            case 5:
                schemas.set(a, NODES.objectNode().set("oneOf", NODES.arrayNode().add(ref(b))
                        .add(NODES.objectNode().put("type", "string"))));
                schemas.set(b, NODES.objectNode().set("anyOf", NODES.arrayNode().add(ref(a))));
                return a + " := oneOf [$ref " + b + ", string], " + b + " := anyOf [$ref " + a + "]";
            case 6:
                schemas.set(a, NODES.objectNode().put("type", "object").set("additionalProperties", ref(a)));
                return a + " := map of itself";
            case 7: {
                ObjectNode s = NODES.objectNode().put("type", "object");
                s.putObject("properties").set("self", ref(a));
                s.putArray("required").add("self");
                schemas.set(a, s);
                return a + " := object with a required property of itself";
            }
            default: {
                ObjectNode components = (ObjectNode) root.get("components");
                ObjectNode responses = components.get("responses") instanceof ObjectNode
                        ? (ObjectNode) components.get("responses") : components.putObject("responses");
                responses.set("R", NODES.objectNode().put("$ref", "#/components/responses/R"));
                ObjectNode params = components.get("parameters") instanceof ObjectNode
                        ? (ObjectNode) components.get("parameters") : components.putObject("parameters");
                params.set("P", NODES.objectNode().put("$ref", "#/components/parameters/Q"));
                params.set("Q", NODES.objectNode().put("$ref", "#/components/parameters/P"));
                return "responses.R := $ref itself, parameters P <-> Q";
            }
        }
    }

    private String deepNesting(JsonNode root) {
        int depth = pick(100, 400, 600, 1100);
        int variant = random.nextInt(6);
        JsonNode deep = NODES.objectNode().put("type", "string");
        String what;
        for (int i = 0; i < depth; i++) {
            switch (variant) {
                case 0: {
                    ObjectNode o = NODES.objectNode().put("type", "object");
                    o.putObject("properties").set("a", deep);
                    deep = o;
                    break;
                }
                case 1:
                    deep = NODES.objectNode().put("type", "array").set("items", deep);
                    break;
                case 2:
                    deep = NODES.objectNode().set("allOf", NODES.arrayNode().add(deep));
                    break;
                case 3:
                    deep = NODES.objectNode().set("oneOf", NODES.arrayNode().add(deep)
                            .add(NODES.objectNode().put("type", "integer")));
                    break;
                case 4:
                    deep = NODES.objectNode().put("type", "object").set("additionalProperties", deep);
                    break;
                default:
                    deep = NODES.arrayNode().add(deep);
                    break;
            }
        }
        what = new String[] {"properties", "items", "allOf", "oneOf", "additionalProperties", "array data"}[variant];
        ObjectNode schemas = schemasOf(root);
        if (variant == 5) {
            ObjectNode s = NODES.objectNode().put("type", "object");
            s.set("example", deep);
            s.set("x-deep", deep);
            schemas.set("Deep", s);
        } else {
            schemas.set("Deep", deep);
        }
        return "components.schemas.Deep := " + depth + " levels of " + what;
    }

    private String huge(JsonNode root) {
        ObjectNode schemas = schemasOf(root);
        int variant = random.nextInt(10);
        switch (variant) {
            case 0: {
                int count = pick(300, 1500, 2000);
                ObjectNode s = NODES.objectNode().put("type", "object");
                ObjectNode props = s.putObject("properties");
                for (int i = 0; i < count; i++) {
                    props.set("p" + i, NODES.objectNode().put("type", i % 3 == 0 ? "integer" : "string"));
                }
                schemas.set("Huge", s);
                return "an object with " + count + " properties";
            }
            case 1: {
                int count = pick(10_000, 10_001);
                ArrayNode values = NODES.arrayNode();
                for (int i = 0; i < count; i++) {
                    values.add("v" + i);
                }
                schemas.set("HugeEnum", NODES.objectNode().put("type", "string").set("enum", values));
                return "an enum of " + count + " values";
            }
            case 2: {
                schemas.set("Long", NODES.objectNode().put("type", "object").put("description",
                        "x".repeat(1 << 20)));
                return "a 1 MB description";
            }
            case 3: {
                schemas.set("Long" + "N".repeat(pick(200, 300, 1000)), NODES.objectNode().put("type", "object")
                        .set("properties", NODES.objectNode().set("a", NODES.objectNode().put("type", "string"))));
                return "a schema name of hundreds of characters";
            }
            case 4: {
                int length = pick(70_000, 200_000);
                schemas.set("LongEnum", NODES.objectNode().put("type", "string").set("enum",
                        NODES.arrayNode().add("e".repeat(length)).add("f")));
                return "an enum value of " + length + " characters";
            }
            case 5: {
                int length = pick(70_000, 200_000);
                ObjectNode s = NODES.objectNode().put("type", "object");
                s.putObject("properties").set("q".repeat(length), NODES.objectNode().put("type", "string"));
                schemas.set("LongName", s);
                return "a property name of " + length + " characters";
            }
            case 6: {
                int length = pick(70_000, 200_000);
                ObjectNode s = NODES.objectNode().put("type", "object");
                s.putObject("properties").set("d", NODES.objectNode().put("type", "string")
                        .put("default", "d".repeat(length)));
                schemas.set("LongDefault", s);
                return "a default of " + length + " characters";
            }
            case 7: {
                int count = pick(500, 1000);
                for (int i = 0; i < count; i++) {
                    schemas.set("Many" + i, NODES.objectNode().put("type", "object").set("properties",
                            NODES.objectNode().set("m", NODES.objectNode().put("type", "string"))));
                }
                return count + " more schemas";
            }
            case 8: {
                int count = pick(1000, 5000);
                ObjectNode s = NODES.objectNode().put("type", "object");
                ObjectNode props = s.putObject("properties");
                props.set("a", NODES.objectNode().put("type", "string"));
                ArrayNode required = s.putArray("required");
                for (int i = 0; i < count; i++) {
                    required.add(i % 2 == 0 ? "a" : "r" + i);
                }
                schemas.set("ManyRequired", s);
                return "required with " + count + " entries, mostly not properties";
            }
            default: {
                int count = pick(300, 2000);
                ArrayNode members = NODES.arrayNode();
                for (int i = 0; i < count; i++) {
                    ObjectNode m = NODES.objectNode().put("type", "object");
                    m.putObject("properties").set("k" + i, NODES.objectNode().put("type", "string"));
                    members.add(m);
                }
                schemas.set("HugeUnion", NODES.objectNode().set(pick("oneOf", "anyOf", "allOf"), members));
                return "a composition of " + count + " inline members";
            }
        }
    }

    private String version(JsonNode root) {
        ObjectNode o = (ObjectNode) root;
        String old = o.path("openapi").asText("");
        int v = random.nextInt(13);
        switch (v) {
            case 0:
                o.remove("openapi");
                return "openapi removed";
            case 1:
                o.put("openapi", 3.1);
                return "openapi := 3.1 (a number)";
            case 2:
                o.putNull("openapi");
                return "openapi := null";
            case 3:
                o.put("swagger", "2.0");
                return "swagger: '2.0' added";
            case 4:
                o.put("openapi", old.startsWith("3.1") ? "3.0.3" : "3.1.0");
                return "openapi " + old + " := " + o.get("openapi").asText();
            default: {
                String value = pick("2.0", "3.2.0", "4.0.0", "3.1", "", " 3.0.0", "3.0.99", "3.1.0-rc0", "3");
                o.put("openapi", value);
                return "openapi := '" + value + "'";
            }
        }
    }

    private static final String[] ODD_NAMES = {"ü", "名前", "😀", "class", "../x", "", " ", "a/b", "~1", "%2F",
        "null", "$ref", "CON", "x\ny", "\u202eevil", "\u200b", "java.lang.String", "-", "1", "_", "$", "__proto__",
        "a.b", "A", "user_id", "userId", "*/", "\"", "'", "\\", "\t", "#", "{", "&x", "*x", "!x", "? x", "- x",
        "\u0000", "\uFEFF", "get", "default", "x-y", "Object", "equals", "hashCode", "builder", "String"};

    private String oddKey(JsonNode root) {
        List<Slot> fields = new ArrayList<>();
        for (Slot s : slots(root)) {
            if (s.key() != null) {
                fields.add(s);
            }
        }
        if (fields.isEmpty()) {
            return null;
        }
        Slot slot = fields.get(random.nextInt(fields.size()));
        String name = random.nextInt(10) == 0 ? "n".repeat(pick(256, 300, 5000))
                : ODD_NAMES[random.nextInt(ODD_NAMES.length)];
        ObjectNode parent = (ObjectNode) slot.parent();
        Map<String, JsonNode> fieldsInOrder = new LinkedHashMap<>();
        parent.fields().forEachRemaining(e -> fieldsInOrder.put(e.getKey(), e.getValue()));
        parent.removeAll();
        for (Map.Entry<String, JsonNode> e : fieldsInOrder.entrySet()) {
            parent.set(e.getKey().equals(slot.key()) ? name : e.getKey(), e.getValue());
        }
        return slot + " renamed to " + shortText(NODES.textNode(name));
    }

    private String removeKey(JsonNode root) {
        List<Slot> fields = new ArrayList<>();
        for (Slot s : slots(root)) {
            if (s.key() != null) {
                fields.add(s);
            }
        }
        if (fields.isEmpty()) {
            return null;
        }
        Slot slot = fields.get(random.nextInt(fields.size()));
        ((ObjectNode) slot.parent()).remove(slot.key());
        return slot + " removed";
    }

    // ---------------------------------------------------------------- byte-level

    private static final byte[][] INVALID_UTF8 = {
        {(byte) 0xC3, 0x28}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xED, (byte) 0xA0, (byte) 0x80},
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xC0, (byte) 0xAF}, {(byte) 0xE2, (byte) 0x82},
        {(byte) 0xFE}, {(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80}};
    private static final byte[] INTERESTING = ":-{}[]\"'\n #&*!|>%@`\t\\,?~=<".getBytes(StandardCharsets.US_ASCII);

    private Mutation bytes(Kind kind) {
        byte[] b = original;
        String text = new String(b, StandardCharsets.UTF_8);
        switch (kind) {
            case BYTE_FLIP: {
                byte[] out = b.clone();
                int n = 1 + random.nextInt(4);
                StringBuilder where = new StringBuilder();
                for (int i = 0; i < n && out.length > 0; i++) {
                    int at = random.nextInt(out.length);
                    out[at] = random.nextBoolean() ? (byte) (out[at] ^ (1 << random.nextInt(8)))
                            : INTERESTING[random.nextInt(INTERESTING.length)];
                    where.append(i == 0 ? "" : ", ").append(lineOf(b, at));
                }
                return new Mutation(kind, n + " byte(s) changed at line(s) " + where, out, 0);
            }
            case BYTE_INSERT: {
                int at = random.nextInt(b.length + 1);
                int n = 1 + random.nextInt(3);
                byte[] ins = new byte[n];
                for (int i = 0; i < n; i++) {
                    ins[i] = random.nextInt(4) == 0 ? (byte) random.nextInt(256)
                            : INTERESTING[random.nextInt(INTERESTING.length)];
                }
                return new Mutation(kind, "inserted " + hex(ins) + " at line " + lineOf(b, at), splice(b, at, 0, ins),
                        0);
            }
            case BYTE_DELETE: {
                if (b.length == 0) {
                    return null;
                }
                int at = random.nextInt(b.length);
                int n = Math.min(b.length - at, 1 + random.nextInt(16));
                return new Mutation(kind, "deleted " + n + " byte(s) at line " + lineOf(b, at),
                        splice(b, at, n, new byte[0]), 0);
            }
            case TRUNCATE: {
                int at = random.nextInt(b.length + 1);
                return new Mutation(kind, "truncated to " + at + " of " + b.length + " bytes",
                        Arrays.copyOf(b, at), 0);
            }
            case INVALID_UTF8: {
                int at = random.nextInt(b.length + 1);
                byte[] seq = INVALID_UTF8[random.nextInt(INVALID_UTF8.length)];
                return new Mutation(kind, "inserted " + hex(seq) + " at line " + lineOf(b, at),
                        splice(b, at, 0, seq), goodSeed ? lineOf(b, at) : 0);
            }
            case NUL: {
                int at = random.nextInt(b.length + 1);
                return new Mutation(kind, "inserted NUL at line " + lineOf(b, at), splice(b, at, 0, new byte[] {0}),
                        goodSeed ? lineOf(b, at) : 0);
            }
            case BOM: {
                int v = random.nextInt(6);
                byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
                switch (v) {
                    case 0:
                        return new Mutation(kind, "UTF-8 BOM at the start", splice(b, 0, 0, bom), 0);
                    case 1:
                        return new Mutation(kind, "two UTF-8 BOMs at the start",
                                splice(b, 0, 0, new byte[] {bom[0], bom[1], bom[2], bom[0], bom[1], bom[2]}), 0);
                    case 2: {
                        int at = lineStart(b, random);
                        return new Mutation(kind, "UTF-8 BOM at the start of line " + lineOf(b, at),
                                splice(b, at, 0, bom), 0);
                    }
                    case 3:
                        return new Mutation(kind, "re-encoded as UTF-16LE with BOM",
                                withBom(new byte[] {(byte) 0xFF, (byte) 0xFE}, text, StandardCharsets.UTF_16LE), 0);
                    case 4:
                        return new Mutation(kind, "re-encoded as UTF-16BE without BOM",
                                text.getBytes(StandardCharsets.UTF_16BE), 0);
                    default:
                        return new Mutation(kind, "UTF-16LE BOM before UTF-8 text",
                                splice(b, 0, 0, new byte[] {(byte) 0xFF, (byte) 0xFE}), 0);
                }
            }
            default:
                return lines(kind, text);
        }
    }

    private Mutation lines(Kind kind, String text) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        if (lines.isEmpty()) {
            return null;
        }
        switch (kind) {
            case TAB_INDENT: {
                List<Integer> indented = matching(lines, Pattern.compile("^ +\\S.*"));
                if (indented.isEmpty()) {
                    return null;
                }
                int i = indented.get(random.nextInt(indented.size()));
                String line = lines.get(i);
                int spaces = line.length() - line.stripLeading().length();
                lines.set(i, (random.nextBoolean() ? "\t".repeat(Math.max(1, spaces / 2))
                        : " ".repeat(spaces - 1) + "\t") + line.stripLeading());
                return joined(kind, "tab indentation on line " + (i + 1), lines, 0);
            }
            case YAML_ALIAS:
                return json ? null : alias(lines);
            case YAML_TAG: {
                if (json) {
                    return null;
                }
                List<Integer> values = matching(lines, Pattern.compile("^\\s*[^\\s#-][^:#]*: +[^&*!|>\\s].*$"));
                if (values.isEmpty()) {
                    return null;
                }
                int i = values.get(random.nextInt(values.size()));
                String tag = pick("!!binary", "!!set", "!!omap", "!java.lang.Runtime", "!!python/object:os.system",
                        "!!int", "!!float", "!!timestamp", "!<tag:yaml.org,2002:str>",
                        "!!javax.script.ScriptEngineManager",
                        "!local", "!!null", "!!bool", "!!map", "!!seq");
                String line = lines.get(i);
                int colon = line.indexOf(": ");
                lines.set(i, line.substring(0, colon + 2) + tag + " " + line.substring(colon + 2).stripLeading());
                return joined(kind, "tag " + tag + " on line " + (i + 1), lines, 0);
            }
            case COMPLEX_KEY: {
                if (json) {
                    return null;
                }
                List<Integer> keys = matching(lines, Pattern.compile("^\\s*[^\\s#-][^:#]*:.*$"));
                if (keys.isEmpty()) {
                    return null;
                }
                int i = keys.get(random.nextInt(keys.size()));
                String indent = lines.get(i).substring(0, lines.get(i).length() - lines.get(i).stripLeading().length());
                int v = random.nextInt(4);
                if (v == 0) {
                    lines.add(i, indent + "? [a, b]");
                    lines.add(i + 1, indent + ": v");
                } else if (v == 1) {
                    lines.add(i, indent + "? {a: 1}");
                    lines.add(i + 1, indent + ": v");
                } else if (v == 2) {
                    lines.add(i, indent + "[a, b]: v");
                } else {
                    lines.add(i, indent + "? |");
                    lines.add(i + 1, indent + "  multi");
                    lines.add(i + 2, indent + "  line");
                    lines.add(i + 3, indent + ": v");
                }
                return joined(kind, "complex key (" + v + ") before line " + (i + 1), lines, 0);
            }
            case SECOND_DOCUMENT: {
                int v = random.nextInt(4);
                if (v == 0) {
                    lines.add("---");
                    lines.add("openapi: 3.1.0");
                } else if (v == 1) {
                    lines.add("...");
                    lines.add("garbage: [");
                } else if (v == 2) {
                    int at = random.nextInt(lines.size() + 1);
                    lines.add(at, "---");
                    return joined(kind, "'---' inserted before line " + (at + 1), lines, 0);
                } else {
                    lines.add("---");
                    lines.add("---");
                }
                return joined(kind, "a second document appended (" + v + ")", lines, 0);
            }
            default: {
                int v = random.nextInt(7);
                int i = random.nextInt(lines.size());
                String what;
                switch (v) {
                    case 0:
                        lines.add(i, lines.get(i));
                        what = "line " + (i + 1) + " duplicated";
                        break;
                    case 1:
                        lines.remove(i);
                        what = "line " + (i + 1) + " deleted";
                        break;
                    case 2:
                        if (i + 1 < lines.size()) {
                            String t = lines.get(i);
                            lines.set(i, lines.get(i + 1));
                            lines.set(i + 1, t);
                        }
                        what = "lines " + (i + 1) + " and " + (i + 2) + " swapped";
                        break;
                    case 3:
                        lines.set(i, " " + lines.get(i));
                        what = "line " + (i + 1) + " indented by one";
                        break;
                    case 4:
                        lines.set(i, lines.get(i).stripLeading());
                        what = "line " + (i + 1) + " dedented";
                        break;
                    case 5:
                        return new Mutation(Kind.LINE_EDIT, "CRLF line ends",
                                String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8), 0);
                    default:
                        return new Mutation(Kind.LINE_EDIT, "CR line ends",
                                String.join("\r", lines).getBytes(StandardCharsets.UTF_8), 0);
                }
                return joined(Kind.LINE_EDIT, what, lines, 0);
            }
        }
    }

    /** Anchors a block mapping and refers to it elsewhere: an alias, a merge key, an undefined or recursive alias. */
    private Mutation alias(List<String> lines) {
        Pattern block = Pattern.compile("^(\\s*)([^\\s#-][^:#]*):\\s*$");
        List<Integer> blocks = matching(lines, block);
        if (blocks.size() < 2) {
            return null;
        }
        int a = blocks.get(random.nextInt(blocks.size() - 1));
        int v = random.nextInt(5);
        if (v == 0) {
            // undefined alias
            Matcher m = block.matcher(lines.get(a));
            m.matches();
            int end = blockEnd(lines, a);
            replace(lines, a, end, m.group(1) + m.group(2) + ": *nope");
            return joined(Kind.YAML_ALIAS, "undefined alias at line " + (a + 1), lines, 0);
        }
        lines.set(a, lines.get(a).replaceFirst(":\\s*$", ": &anc"));
        if (v == 1) {
            // recursive alias inside the anchored block
            int indent = indentOf(lines.get(a + 1 < lines.size() ? a + 1 : a));
            lines.add(a + 1, " ".repeat(indent) + "self: *anc");
            return joined(Kind.YAML_ALIAS, "recursive alias in the block of line " + (a + 1), lines, 0);
        }
        List<Integer> later = new ArrayList<>();
        for (int b : matching(lines, block)) {
            if (b > blockEnd(lines, a)) {
                later.add(b);
            }
        }
        if (later.isEmpty()) {
            return joined(Kind.YAML_ALIAS, "unused anchor at line " + (a + 1), lines, 0);
        }
        int b = later.get(random.nextInt(later.size()));
        if (v == 2 || v == 3) {
            Matcher m = block.matcher(lines.get(b));
            m.matches();
            replace(lines, b, blockEnd(lines, b), m.group(1) + m.group(2) + ": *anc");
            return joined(Kind.YAML_ALIAS, "block at line " + (b + 1) + " := alias of line " + (a + 1), lines, 0);
        }
        int indent = b + 1 < lines.size() && indentOf(lines.get(b + 1)) > indentOf(lines.get(b))
                ? indentOf(lines.get(b + 1)) : indentOf(lines.get(b)) + 2;
        lines.add(b + 1, " ".repeat(indent) + "<<: *anc");
        return joined(Kind.YAML_ALIAS, "merge key in the block of line " + (b + 1) + " from line " + (a + 1), lines,
                0);
    }

    private static int blockEnd(List<String> lines, int start) {
        int indent = indentOf(lines.get(start));
        int i = start + 1;
        while (i < lines.size() && (lines.get(i).isBlank() || lines.get(i).stripLeading().startsWith("#")
                || indentOf(lines.get(i)) > indent || lines.get(i).stripLeading().startsWith("- ")
                        && indentOf(lines.get(i)) == indent)) {
            i++;
        }
        return i;
    }

    private static void replace(List<String> lines, int from, int to, String line) {
        for (int i = to - 1; i >= from; i--) {
            lines.remove(i);
        }
        lines.add(from, line);
    }

    private static int indentOf(String line) {
        return line.length() - line.stripLeading().length();
    }

    private static List<Integer> matching(List<String> lines, Pattern pattern) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (pattern.matcher(lines.get(i)).matches()) {
                out.add(i);
            }
        }
        return out;
    }

    private static Mutation joined(Kind kind, String detail, List<String> lines, int expectLine) {
        return new Mutation(kind, detail, String.join("\n", lines).getBytes(StandardCharsets.UTF_8), expectLine);
    }

    private static byte[] withBom(byte[] bom, String text, Charset charset) {
        byte[] body = text.getBytes(charset);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(bom);
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static int lineStart(byte[] b, Random random) {
        int at = random.nextInt(b.length + 1);
        while (at > 0 && b[at - 1] != '\n') {
            at--;
        }
        return at;
    }

    /** The 1-based line of a byte offset. */
    static int lineOf(byte[] b, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < b.length; i++) {
            if (b[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static byte[] splice(byte[] b, int at, int remove, byte[] insert) {
        byte[] out = new byte[b.length - remove + insert.length];
        System.arraycopy(b, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(b, at + remove, out, at + insert.length, b.length - at - remove);
        return out;
    }

    private static String hex(byte[] b) {
        StringBuilder s = new StringBuilder();
        for (byte x : b) {
            s.append(s.length() == 0 ? "" : " ").append(String.format("%02X", x & 0xFF));
        }
        return s.toString();
    }

    static String shortText(JsonNode value) {
        String s = value.toString();
        return s.length() > 80 ? s.substring(0, 77) + "..." : s;
    }

    @SafeVarargs
    private <T> T pick(T... options) {
        return options[random.nextInt(options.length)];
    }

    @SafeVarargs
    private JsonNode pickNode(Supplier<JsonNode>... options) {
        return options[random.nextInt(options.length)].get();
    }
}
