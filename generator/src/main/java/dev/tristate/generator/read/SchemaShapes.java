package dev.tristate.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.tristate.generator.model.Docs;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers questions about one schema (its type, whether it allows null, whether it is secret) by looking at both
 * Swagger Parser's object and the node as written. Swagger Parser drops some of what decides nullability: siblings
 * of {@code $ref} in 3.0, {@code nullable} in 3.1 documents (kept only as an extension), {@code type: "null"}
 * members of {@code oneOf} in 3.0, and {@code const: null}.
 */
final class SchemaShapes {

    static final String SEVERAL_TYPES = "<several types>";
    static final String COMPOSITION = "<composition>";

    /** String formats that carry meaning for validation or docs but stay {@code String} in Java. */
    static final Set<String> PLAIN_STRING_FORMATS = Set.of(
            "password", "email", "idn-email", "hostname", "idn-hostname", "ipv4", "ipv6", "uri-reference", "iri",
            "iri-reference", "uri-template", "json-pointer", "relative-json-pointer", "regex", "time", "duration",
            "binary", "url");

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String SCHEMAS = "#/components/schemas/";

    private final SourceDocument source;
    private final Map<String, Schema<?>> components;
    /** Components whose null-ness is being worked out, so a reference cycle ends. */
    private final Set<String> following = new HashSet<>();

    SchemaShapes(SourceDocument source, Map<String, Schema<?>> components) {
        this.source = source;
        this.components = components;
    }

    /**
     * A schema with its null-ness taken off: the schema that describes the non-null values, where it is, and
     * whether null is allowed. Every way a spec can say "or null" ends here with the same answer.
     */
    record Core(Schema<?> schema, String pointer, boolean nullable) {}

    Core withoutNull(Schema<?> schema, String pointer) {
        JsonNode raw = source.at(pointer);
        boolean nullable = saysNullable(schema, raw);
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        String keyword = schema.getOneOf() != null ? "/oneOf/" : "/anyOf/";
        if (alternatives != null && schema.getProperties() == null) {
            List<Integer> others = new ArrayList<>();
            for (int i = 0; i < alternatives.size(); i++) {
                if (isNullSchema(alternatives.get(i), source.at(pointer + keyword + i))) {
                    nullable = true;
                } else {
                    others.add(i);
                }
            }
            if (others.size() == 1 && nullable) {
                String inner = pointer + keyword + others.get(0);
                Core core = withoutNull(alternatives.get(others.get(0)), inner);
                return new Core(core.schema(), core.pointer(), true);
            }
        }
        List<Schema> allOf = schema.getAllOf();
        if (allOf != null && allOf.size() == 1 && schema.getProperties() == null) {
            Core core = withoutNull(allOf.get(0), pointer + "/allOf/0");
            return new Core(core.schema(), core.pointer(), nullable || core.nullable());
        }
        // allOf: [$ref X, {description, nullable, readOnly, …}]: the other members only document, so this is X.
        if (allOf != null && allOf.size() > 1 && schema.getProperties() == null) {
            int typed = -1;
            boolean documentedNullable = false;
            for (int i = 0; i < allOf.size() && typed != -2; i++) {
                JsonNode member = source.at(pointer + "/allOf/" + i);
                if (documentsOnly(member)) {
                    documentedNullable |= saysNullable(allOf.get(i), member);
                } else {
                    typed = typed == -1 ? i : -2;
                }
            }
            if (typed >= 0) {
                Core core = withoutNull(allOf.get(typed), pointer + "/allOf/" + typed);
                return new Core(core.schema(), core.pointer(), nullable || documentedNullable || core.nullable());
            }
        }
        return new Core(schema, pointer, nullable || referencesNullable(schema));
    }

    /** Keywords that document a value without constraining it (and {@code nullable}, which widens it). */
    private static final Set<String> DOCUMENTING = Set.of("description", "title", "nullable", "readOnly",
            "writeOnly", "deprecated", "example", "examples", "default", "externalDocs", "$comment", "xml");

    /** An allOf member that only documents: every keyword it has is one of {@link #DOCUMENTING} or an extension. */
    private static boolean documentsOnly(JsonNode member) {
        if (!member.isObject() || member.isEmpty()) {
            return false;
        }
        for (var names = member.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (!DOCUMENTING.contains(name) && !name.startsWith("x-")) {
                return false;
            }
        }
        return true;
    }

    /** A $ref to a schema that allows null allows null too (JSON Schema semantics), whatever the referrer says. */
    private boolean referencesNullable(Schema<?> schema) {
        String ref = schema.get$ref();
        if (ref == null || !ref.startsWith(SCHEMAS)) {
            return false;
        }
        String name = unescape(ref.substring(SCHEMAS.length()));
        Schema<?> target = components.get(name);
        if (target == null || !following.add(name)) {
            return false;
        }
        try {
            return withoutNull(target, "/components/schemas/" + escape(name)).nullable();
        } finally {
            following.remove(name);
        }
    }

    private static boolean saysNullable(Schema<?> schema, JsonNode raw) {
        if (Boolean.TRUE.equals(schema.getNullable())) {
            return true;
        }
        if (schema.getExtensions() != null && Boolean.TRUE.equals(schema.getExtensions().get("nullable"))) {
            return true;
        }
        if (schema.getTypes() != null && schema.getTypes().contains("null")) {
            return true;
        }
        if (schema.getEnum() != null && schema.getEnum().contains(null)) {
            return true;
        }
        if (raw.path("nullable").asBoolean(false)) {
            return true;
        }
        JsonNode type = raw.path("type");
        if (type.isTextual() && "null".equals(type.asText())) {
            return true;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if ("null".equals(t.asText())) {
                    return true;
                }
            }
        }
        if (raw.has("const") && raw.get("const").isNull()) {
            return true;
        }
        JsonNode values = raw.path("enum");
        if (values.isArray()) {
            for (JsonNode value : values) {
                if (value.isNull()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code {type: "null"}}, {@code {type: ["null"]}}, {@code {const: null}} or {@code {enum: [null]}}. */
    private static boolean isNullSchema(Schema<?> schema, JsonNode raw) {
        if (schema.getTypes() != null && schema.getTypes().equals(Set.of("null"))) {
            return true;
        }
        if ("null".equals(schema.getType())) {
            return true;
        }
        JsonNode type = raw.path("type");
        if (type.isTextual()) {
            return "null".equals(type.asText());
        }
        if (type.isArray()) {
            return type.size() == 1 && "null".equals(type.get(0).asText());
        }
        if (raw.has("const") && raw.get("const").isNull()) {
            return true;
        }
        JsonNode values = raw.path("enum");
        return values.isArray() && values.size() == 1 && values.get(0).isNull();
    }

    /** The JSON type of the non-null values: a JSON Schema type name, SEVERAL_TYPES, COMPOSITION or null (any). */
    String type(Schema<?> schema, String pointer) {
        Set<String> types = listedTypes(schema, pointer);
        if (types.size() > 1) {
            return SEVERAL_TYPES;
        }
        if (types.size() == 1) {
            return types.iterator().next();
        }
        if (schema.getProperties() != null) {
            return "object";
        }
        if (schema.getItems() != null) {
            return "array";
        }
        if (schema.getAllOf() != null || schema.getOneOf() != null || schema.getAnyOf() != null) {
            return COMPOSITION;
        }
        JsonNode raw = source.at(pointer);
        if (raw.has("const") && !raw.get("const").isNull()) {
            return jsonType(raw.get("const"));
        }
        JsonNode values = raw.path("enum");
        if (values.isArray()) {
            Set<String> kinds = new LinkedHashSet<>();
            values.forEach(v -> {
                if (!v.isNull()) {
                    kinds.add(jsonType(v));
                }
            });
            return kinds.size() == 1 ? kinds.iterator().next() : null;
        }
        if (!enumValues(schema, pointer).isEmpty()) {
            return "string";
        }
        return null;
    }

    /** The JSON Schema type of one JSON value. */
    private static String jsonType(JsonNode value) {
        if (value.isTextual()) {
            return "string";
        }
        if (value.isIntegralNumber()) {
            return "integer";
        }
        if (value.isNumber()) {
            return "number";
        }
        if (value.isBoolean()) {
            return "boolean";
        }
        return value.isArray() ? "array" : "object";
    }

    /**
     * The non-null alternatives of a {@code oneOf}/{@code anyOf} that makes a union, as (schema, pointer) pairs;
     * empty when the schema is not one. Alternatives that only add constraints (a {@code required} list, a
     * {@code not}) to an object's own properties do not make it a union.
     */
    List<Core> unionAlternatives(Schema<?> schema, String pointer) {
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (alternatives == null || schema.getProperties() != null || schema.get$ref() != null) {
            return List.of();
        }
        String keyword = schema.getOneOf() != null ? "/oneOf/" : "/anyOf/";
        List<Core> result = new ArrayList<>();
        for (int i = 0; i < alternatives.size(); i++) {
            String at = pointer + keyword + i;
            Schema<?> alternative = alternatives.get(i);
            if (isNullSchema(alternative, source.at(at))) {
                continue;
            }
            if (constraintOnly(alternative)) {
                return List.of();
            }
            result.add(new Core(alternative, at, false));
        }
        return result.size() > 1 ? result : List.of();
    }

    private static boolean constraintOnly(Schema<?> schema) {
        return schema.get$ref() == null && schema.getType() == null && schema.getTypes() == null
                && schema.getProperties() == null && schema.getItems() == null && schema.getAllOf() == null
                && schema.getOneOf() == null && schema.getAnyOf() == null && schema.getEnum() == null;
    }

    /** The JSON types listed in {@code type: [..]}, without null, when there are several. */
    List<String> severalTypes(Schema<?> schema, String pointer) {
        Set<String> types = listedTypes(schema, pointer);
        return types.size() > 1 ? List.copyOf(types) : List.of();
    }

    /** The types {@code type} lists, without null, in order; from the node as written when Swagger Parser has none. */
    private Set<String> listedTypes(Schema<?> schema, String pointer) {
        Set<String> types = new LinkedHashSet<>();
        if (schema.getTypes() != null) {
            types.addAll(schema.getTypes());
        } else if (schema.getType() != null) {
            types.add(schema.getType());
        } else {
            JsonNode rawType = source.at(pointer).path("type");
            if (rawType.isTextual()) {
                types.add(rawType.asText());
            } else if (rawType.isArray()) {
                rawType.forEach(t -> types.add(t.asText()));
            }
        }
        types.remove("null");
        return types;
    }

    /** Whether allOf merges several members (or members and own properties) into one object. */
    boolean mergesAllOf(Schema<?> schema) {
        List<Schema> allOf = schema.getAllOf();
        return allOf != null && schema.get$ref() == null
                && (allOf.size() > 1 || schema.getProperties() != null)
                && allOf.stream().anyMatch(this::contributesProperties);
    }

    private boolean contributesProperties(Schema<?> member) {
        Schema<?> target = member;
        Set<String> seen = new HashSet<>();
        while (target != null && target.get$ref() != null && target.get$ref().startsWith(SCHEMAS)) {
            String name = unescape(target.get$ref().substring(SCHEMAS.length()));
            if (!seen.add(name)) {
                return false;
            }
            target = components.get(name);
        }
        if (target == null) {
            return false;
        }
        if (target.getProperties() != null && !target.getProperties().isEmpty()) {
            return true;
        }
        return target.getAllOf() != null && target.getAllOf().stream().anyMatch(m -> m != member
                && seen.size() < 64 && contributesProperties(m));
    }

    /** Whether the schema becomes a generated class: an object with properties, or an enum of strings. */
    boolean becomesClass(Schema<?> schema, String pointer) {
        Core core = withoutNull(schema, pointer);
        Schema<?> s = core.schema();
        if (s.get$ref() != null) {
            return false;
        }
        if (isEnum(s, core.pointer()) || mergesAllOf(s)) {
            return true;
        }
        if (!unionAlternatives(s, core.pointer()).isEmpty() || !severalTypes(s, core.pointer()).isEmpty()) {
            return true;
        }
        return "object".equals(type(s, core.pointer())) && s.getProperties() != null && !s.getProperties().isEmpty();
    }

    boolean isEnum(Schema<?> schema, String pointer) {
        if (enumValues(schema, pointer).isEmpty() || schema.getProperties() != null) {
            return false;
        }
        String type = type(schema, pointer);
        return type == null || "string".equals(type) || isIntegerEnum(schema, pointer)
                || enumOutsideItsType(schema, pointer) != null;
    }

    /**
     * The type an enum's values do not fit, when they do not: {@code type: integer} listing strings, or
     * {@code type: object} listing only strings (both in real specs). Such an enum is modelled as its values say, an
     * enum of strings, with a warning; null when the values fit.
     */
    String enumOutsideItsType(Schema<?> schema, String pointer) {
        if (enumValues(schema, pointer).isEmpty() || schema.getProperties() != null) {
            return null;
        }
        String type = type(schema, pointer);
        if ("integer".equals(type) && !isIntegerEnum(schema, pointer)) {
            return type;
        }
        JsonNode raw = source.at(pointer).path("enum");
        if ("object".equals(type) && raw.isArray()) {
            for (JsonNode value : raw) {
                if (!value.isNull() && !value.isTextual()) {
                    return null;
                }
            }
            return type;
        }
        return null;
    }

    /** An enum whose values are all JSON integers. */
    boolean isIntegerEnum(Schema<?> schema, String pointer) {
        if (!"integer".equals(type(schema, pointer))) {
            return false;
        }
        JsonNode raw = source.at(pointer).path("enum");
        if (raw.isArray()) {
            for (JsonNode value : raw) {
                if (!value.isNull() && !(value.isIntegralNumber() && value.canConvertToLong())) {
                    return false;
                }
            }
            return true;
        }
        return schema.getEnum() != null && schema.getEnum().stream()
                .allMatch(v -> v == null || v instanceof Integer || v instanceof Long
                        || v instanceof java.math.BigInteger && ((java.math.BigInteger) v).bitLength() < 64);
    }

    /** The listed non-null values, as written. */
    List<String> enumValues(Schema<?> schema, String pointer) {
        List<String> values = new ArrayList<>();
        JsonNode raw = source.at(pointer).path("enum");
        if (raw.isArray()) {
            for (JsonNode value : raw) {
                // A map or list cannot be a constant; SchemaKeywords warns where one is listed.
                if (!value.isNull() && !value.isContainerNode()) {
                    values.add(value.asText());
                }
            }
        } else if (schema.getEnum() != null) {
            for (Object value : schema.getEnum()) {
                if (value != null) {
                    values.add(String.valueOf(value));
                }
            }
        }
        return values;
    }

    /** A {@code const} string's value, or null. */
    String constString(Schema<?> schema, String pointer) {
        JsonNode value = source.at(pointer).path("const");
        if (value.isTextual()) {
            return value.asText();
        }
        return schema.getConst() instanceof String ? (String) schema.getConst() : null;
    }

    boolean isSecret(Schema<?> schema, String pointer) {
        JsonNode raw = source.at(pointer);
        return "password".equals(schema.getFormat())
                || Boolean.TRUE.equals(schema.getWriteOnly())
                || "password".equals(raw.path("format").asText())
                || raw.path("writeOnly").asBoolean(false);
    }

    Docs docs(Schema<?> schema, String pointer) {
        JsonNode raw = source.at(pointer);
        String description = raw.path("description").isTextual()
                ? raw.path("description").asText()
                : schema.getDescription();
        List<String> examples = new ArrayList<>();
        if (raw.has("example")) {
            examples.add(raw.get("example").toString());
        } else if (raw.isMissingNode() && schema.getExample() != null) {
            examples.add(toJson(schema.getExample()));
        }
        if (raw.path("examples").isArray()) {
            raw.get("examples").forEach(example -> examples.add(example.toString()));
        }
        boolean deprecated = Boolean.TRUE.equals(schema.getDeprecated()) || raw.path("deprecated").asBoolean(false);
        String defaultValue = raw.has("default") ? raw.get("default").toString()
                : raw.isMissingNode() && schema.getDefault() != null ? toJson(schema.getDefault()) : "";
        Docs.Access access = Boolean.TRUE.equals(schema.getReadOnly()) || raw.path("readOnly").asBoolean(false)
                ? Docs.Access.READ_ONLY
                : Boolean.TRUE.equals(schema.getWriteOnly()) || raw.path("writeOnly").asBoolean(false)
                        ? Docs.Access.WRITE_ONLY
                        : Docs.Access.READ_WRITE;
        return new Docs(description, examples, deprecated, defaultValue, access);
    }

    /**
     * Swagger Parser's copy of a value, as JSON. It parses {@code date-time} examples into {@code OffsetDateTime},
     * whose {@code toString()} is the ISO text, and {@code date} ones into a {@code Date} at midnight UTC.
     */
    private static String toJson(Object value) {
        try {
            if (value instanceof java.util.Date) {
                // A format: date example, which Swagger Parser reads as midnight UTC.
                return JSON.writeValueAsString(((java.util.Date) value).toInstant().toString().substring(0, 10));
            }
            return JSON.writeValueAsString(value instanceof java.time.temporal.TemporalAccessor ? value.toString() : value);
        } catch (JsonProcessingException e) {
            return String.valueOf(value);
        }
    }

    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    static String unescape(String token) {
        return token.replace("~1", "/").replace("~0", "~");
    }
}
