package dev.tristate.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tristate.generator.Problem;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks that each keyword Tristate generates from has the JSON type the specification gives it. Swagger Parser
 * drops a keyword of the wrong type with at most a warning, so {@code properties: [a, b]} would quietly generate
 * a class without properties, and {@code type: strnig} on a schema no property uses would vanish; here each is an
 * error at the keyword.
 */
final class SchemaKeywords {

    /**
     * The most values an enum may list. A Java class holds a limited number of constants: its static initializer
     * may be at most 64 KB of bytecode, which the generated constants reach at about 10,900.
     */
    static final int MAX_ENUM_VALUES = 10_000;

    /**
     * The most properties an object may declare. Its builder copies every property in one constructor, which javac
     * refuses as "code too large" somewhere between 6,000 properties (compiled, with lists, maps, byte arrays and
     * nullable dates among them) and 12,000.
     */
    static final int MAX_PROPERTIES = 5_000;

    /**
     * The most schemas one allOf, oneOf or anyOf may list. A union's reader tries its variants in one method, which
     * javac refuses as "code too large" at 2,000 object variants; 1,000 compile.
     */
    static final int MAX_MEMBERS = 1_000;

    /**
     * The longest property name or enum value, in characters. Each becomes a string constant, which a class file
     * holds in at most 65,535 bytes of modified UTF-8: three bytes a character at worst.
     */
    static final int MAX_LITERAL_CHARS = 16_384;

    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "array", "object",
            "null");
    /** Keywords whose value counts something. */
    private static final List<String> COUNTS = List.of("minLength", "maxLength", "minItems", "maxItems",
            "minProperties", "maxProperties");
    private static final String TYPE_LIST = "string, integer, number, boolean, array, object, null";

    private final List<Problem> errors;
    private final List<Problem> warnings;

    private SchemaKeywords(List<Problem> errors, List<Problem> warnings) {
        this.errors = errors;
        this.warnings = warnings;
    }

    /** Adds what is wrong with each schema to {@code errors}, and what is doubtful to {@code warnings}. */
    static void check(List<Documents.Site> schemas, List<Problem> errors, List<Problem> warnings) {
        SchemaKeywords check = new SchemaKeywords(errors, warnings);
        schemas.forEach(check::schema);
    }

    private void schema(Documents.Site site) {
        JsonNode node = site.node();
        if (node.isBoolean()) {
            return;
        }
        if (!node.isObject()) {
            error(site, "", "a schema must be a map of keywords; found " + kind(node));
            return;
        }
        type(site, node.get("type"));
        JsonNode properties = node.get("properties");
        if (properties != null && !properties.isObject()) {
            error(site, "/properties", "'properties' must map property names to schemas; found " + kind(properties));
        } else if (properties != null && properties.size() > MAX_PROPERTIES) {
            error(site, "/properties", String.format(Locale.ROOT, "the object has %,d properties; Tristate generates"
                    + " at most %,d (a Java class can hold only so much code); split it, e.g. with allOf",
                    properties.size(), MAX_PROPERTIES));
        } else if (properties != null && properties.has("")) {
            error(site, "/properties/", "a property with an empty name cannot be generated: Jackson reads an empty"
                    + " @JsonProperty as \"the field's own name\"; give it a name");
        }
        required(site, node.get("required"));
        enumValues(site, node.get("enum"));
        schemaOrBoolean(site, node, "items", " (a list of item schemas is 'prefixItems' in OpenAPI 3.1)");
        schemaOrBoolean(site, node, "additionalProperties", "");
        for (String keyword : List.of("allOf", "oneOf", "anyOf", "prefixItems")) {
            JsonNode list = node.get(keyword);
            if (list != null && !list.isArray()) {
                error(site, "/" + keyword, "'" + keyword + "' must be a list of schemas; found " + kind(list));
            } else if (list != null && list.size() > MAX_MEMBERS) {
                error(site, "/" + keyword, String.format(Locale.ROOT, "'%s' lists %,d schemas; Tristate generates at"
                        + " most %,d (the code that tells them apart must fit a Java method)", keyword, list.size(),
                        MAX_MEMBERS));
            }
        }
        JsonNode ref = node.get("$ref");
        if (ref != null && !ref.isTextual()) {
            error(site, "/$ref", "'$ref' must be a reference in a string, such as"
                    + " '#/components/schemas/Pet'; found " + shown(ref));
        }
        for (String keyword : List.of("readOnly", "writeOnly", "deprecated", "uniqueItems")) {
            JsonNode flag = node.get(keyword);
            if (flag != null && !flag.isBoolean()) {
                error(site, "/" + keyword, "'" + keyword + "' must be true or false; found " + shown(flag));
            }
        }
        for (String keyword : List.of("description", "title")) {
            JsonNode text = node.get(keyword);
            if (text != null && !text.isTextual()) {
                warnings.add(site.document().problemAt(site.pointer() + "/" + keyword, "'" + keyword
                        + "' should be text; found " + shown(text) + ", which Tristate leaves out of the docs"));
            }
        }
        if (properties != null && properties.isObject()) {
            properties.fieldNames().forEachRemaining(name -> {
                if (name.length() > MAX_LITERAL_CHARS) {
                    error(site, "/properties/" + SourceDocument.escape(name), String.format(Locale.ROOT, "a property"
                            + " name of %,d characters; Tristate generates names of at most %,d (a Java class"
                            + " holds no longer string)", name.length(), MAX_LITERAL_CHARS));
                }
            });
        }
        constraints(site, node);
        discriminator(site, node.get("discriminator"));
        JsonNode nullable = node.get("nullable");
        if (nullable != null && !nullable.isBoolean()) {
            error(site, "/nullable", "'nullable' must be true or false; found " + kind(nullable));
        }
    }

    private void constraints(Documents.Site site, JsonNode node) {
        for (String keyword : COUNTS) {
            JsonNode value = node.get(keyword);
            if (value != null && !(value.isIntegralNumber() && value.canConvertToLong() && value.asLong() >= 0)) {
                error(site, "/" + keyword, "'" + keyword + "' must be a whole number, 0 or more; found "
                        + shown(value));
            }
        }
        for (String keyword : List.of("minimum", "maximum", "multipleOf")) {
            JsonNode value = node.get(keyword);
            if (value != null && !value.isNumber()) {
                error(site, "/" + keyword, "'" + keyword + "' must be a number; found " + shown(value));
            } else if (value != null && keyword.equals("multipleOf") && value.decimalValue().signum() <= 0) {
                error(site, "/" + keyword, "'multipleOf' must be greater than 0; found " + value);
            }
        }
        for (String keyword : List.of("exclusiveMinimum", "exclusiveMaximum")) {
            JsonNode value = node.get(keyword);
            if (value != null && !value.isNumber() && !value.isBoolean()) {
                error(site, "/" + keyword, "'" + keyword + "' must be a number (OpenAPI 3.1) or true or false"
                        + " (3.0); found " + shown(value));
            }
        }
        JsonNode pattern = node.get("pattern");
        if (pattern != null && !pattern.isTextual()) {
            error(site, "/pattern", "'pattern' must be a regular expression in a string; found " + shown(pattern));
        } else if (pattern != null) {
            try {
                java.util.regex.Pattern.compile(pattern.asText());
            } catch (java.util.regex.PatternSyntaxException e) {
                warnings.add(site.document().problemAt(site.pointer() + "/pattern", "'pattern' "
                        + Quoted.of(pattern.asText()) + " is not a regular expression Java can read ("
                        + e.getDescription() + " at index " + e.getIndex() + ")"));
            }
        }
    }

    private void discriminator(Documents.Site site, JsonNode discriminator) {
        if (discriminator == null) {
            return;
        }
        if (!discriminator.isObject()) {
            error(site, "/discriminator", "'discriminator' must be a map with a 'propertyName', such as"
                    + " 'discriminator: {propertyName: kind}'; found " + shown(discriminator));
            return;
        }
        JsonNode name = discriminator.get("propertyName");
        if (name == null || !name.isTextual() || name.asText().isEmpty()) {
            error(site, "/discriminator", "'discriminator' needs a 'propertyName' naming the property that tells"
                    + " the variants apart; found " + (name == null ? "none" : shown(name)));
        }
        JsonNode mapping = discriminator.get("mapping");
        if (mapping != null && !mapping.isObject()) {
            error(site, "/discriminator/mapping", "'mapping' must map discriminator values to schema references;"
                    + " found " + shown(mapping));
        } else if (mapping != null) {
            mapping.fields().forEachRemaining(entry -> {
                if (!entry.getValue().isTextual()) {
                    error(site, "/discriminator/mapping/" + SourceDocument.escape(entry.getKey()), "the mapping of "
                            + Quoted.of(entry.getKey()) + " must be a schema reference or name; found "
                            + shown(entry.getValue()));
                }
            });
        }
    }

    /** A node's kind, and a scalar's value, so the message shows what is there: "a string ('10')". */
    private static String shown(JsonNode node) {
        return node.isValueNode() && !node.isNull() ? kind(node) + " (" + Quoted.of(node.asText()) + ")"
                : kind(node);
    }

    private void type(Documents.Site site, JsonNode type) {
        if (type == null) {
            return;
        }
        if (type.isValueNode() && !type.isNull()) {
            knownType(site, type.asText());
        } else if (type.isArray()) {
            if (type.isEmpty()) {
                error(site, "/type", "'type' lists no type; list at least one, or leave 'type' out for any value");
            }
            for (JsonNode element : type) {
                if (element.isTextual()) {
                    knownType(site, element.asText());
                } else {
                    error(site, "/type", "'type' must list type names; found " + kind(element));
                }
            }
        } else {
            error(site, "/type", "'type' must be a type name or a list of type names; found " + kind(type));
        }
    }

    private void knownType(Documents.Site site, String type) {
        if (!TYPES.contains(type)) {
            // Worded as the model reader words it, so the two reports of one problem are recognised as one.
            error(site, "/type", "unknown type '" + type + "'; expected one of " + TYPE_LIST);
        }
    }

    private void required(Documents.Site site, JsonNode required) {
        if (required == null) {
            return;
        }
        if (!required.isArray()) {
            error(site, "/required", "'required' must be a list of property names; found " + kind(required)
                    + (required.isBoolean() ? " (a property is made required in its object's 'required' list)"
                            : ""));
            return;
        }
        for (JsonNode name : required) {
            if (!name.isTextual()) {
                error(site, "/required", "'required' must list property names; found " + kind(name));
            }
        }
    }

    private void enumValues(Documents.Site site, JsonNode values) {
        if (values == null) {
            return;
        }
        if (!values.isArray()) {
            error(site, "/enum", "'enum' must be a list of values; found " + kind(values));
            return;
        }
        if (values.size() > MAX_ENUM_VALUES) {
            error(site, "/enum", String.format(Locale.ROOT, "'enum' lists %,d values; Tristate generates at most %,d"
                    + " (a Java class can hold only so many constants)", values.size(), MAX_ENUM_VALUES));
        }
        if (values.isEmpty()) {
            warnings.add(site.document().problemAt(site.pointer() + "/enum", "'enum' lists no values, so no value"
                    + " is valid; Tristate generates the schema as if it had no 'enum'"));
        }
        Set<String> listed = new HashSet<>();
        for (JsonNode value : values) {
            if (value.isTextual() && value.textValue().length() > MAX_LITERAL_CHARS) {
                error(site, "/enum", String.format(Locale.ROOT, "'enum' lists a value of %,d characters; Tristate"
                        + " generates values of at most %,d (a Java class holds no longer string)",
                        value.textValue().length(), MAX_LITERAL_CHARS));
                continue;
            }
            // A map or list has no text of its own: its JSON tells two apart.
            String text = value.isContainerNode() ? value.toString() : value.asText();
            if (value.isContainerNode()) {
                warnings.add(site.document().problemAt(site.pointer() + "/enum", "'enum' lists " + kind(value)
                        + " " + Quoted.of(text) + ", which cannot be an enum constant; Tristate leaves it out"));
                continue;
            }
            if (!value.isNull() && !listed.add(text)) {
                warnings.add(site.document().problemAt(site.pointer() + "/enum", "'enum' lists "
                        + Quoted.of(text) + " more than once; its constants are equal"));
            }
        }
    }

    private void schemaOrBoolean(Documents.Site site, JsonNode node, String keyword, String hint) {
        JsonNode value = node.get(keyword);
        if (value != null && !value.isObject() && !value.isBoolean()) {
            error(site, "/" + keyword, "'" + keyword + "' must be a schema" + ("items".equals(keyword) ? ""
                    : " or a boolean") + "; found " + kind(value) + (value.isArray() ? hint : ""));
        }
    }

    private void error(Documents.Site site, String keyword, String message) {
        errors.add(site.document().problemAt(site.pointer() + keyword, message));
    }

    static String kind(JsonNode node) {
        if (node.isObject()) {
            return "a map";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        return "null";
    }
}
