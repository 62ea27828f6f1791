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

    private static final Set<String> TYPES = Set.of("string", "integer", "number", "boolean", "array", "object",
            "null");
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
            }
        }
        JsonNode nullable = node.get("nullable");
        if (nullable != null && !nullable.isBoolean()) {
            error(site, "/nullable", "'nullable' must be true or false; found " + kind(nullable));
        }
    }

    private void type(Documents.Site site, JsonNode type) {
        if (type == null) {
            return;
        }
        if (type.isValueNode() && !type.isNull()) {
            knownType(site, type.asText());
        } else if (type.isArray()) {
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
        Set<String> listed = new HashSet<>();
        for (JsonNode value : values) {
            if (!value.isNull() && !listed.add(value.asText())) {
                warnings.add(site.document().problemAt(site.pointer() + "/enum", "'enum' lists "
                        + Quoted.of(value.asText()) + " more than once; its constants are equal"));
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

    private static String kind(JsonNode node) {
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
