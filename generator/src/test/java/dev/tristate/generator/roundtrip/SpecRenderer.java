package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.UncheckedIOException;

/** Writes a {@link RandomSpec} as an OpenAPI document, saying "or null" in each schema's chosen form. */
final class SpecRenderer {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final ObjectMapper YAML = new ObjectMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
            .build());

    private SpecRenderer() {}

    static String json(RandomSpec spec, String title) {
        return write(JSON, document(spec, title));
    }

    static String yaml(RandomSpec spec, String title) {
        return write(YAML, document(spec, title));
    }

    static ObjectNode document(RandomSpec spec, String title) {
        ObjectNode document = NODES.objectNode();
        document.put("openapi", spec.openApiVersion());
        document.putObject("info").put("title", title).put("version", "1");
        document.putObject("paths");
        ObjectNode schemas = document.putObject("components").putObject("schemas");
        for (Component component : spec.components()) {
            ObjectNode schema = schema(component.schema());
            decorate(schema, component.decoration());
            schemas.set(component.name(), schema);
        }
        return document;
    }

    static ObjectNode schema(Schema schema) {
        ObjectNode core = shape(schema.shape());
        switch (schema.nullForm()) {
            case NOT_NULL:
                return core;
            case TYPE_ARRAY: {
                String type = core.get("type").asText();
                core.putArray("type").add(type).add("null");
                addNullToEnum(core);
                return core;
            }
            case NULLABLE_KEYWORD:
                core.put("nullable", true);
                addNullToEnum(core);
                return core;
            case ENUM_LISTS_NULL:
                ((ArrayNode) core.get("enum")).addNull();
                return core;
            case ONE_OF_NULL: {
                ObjectNode wrapper = NODES.objectNode();
                wrapper.putArray("oneOf").add(core).addObject().put("type", "null");
                return wrapper;
            }
            case ANY_OF_NULL: {
                ObjectNode wrapper = NODES.objectNode();
                ArrayNode members = wrapper.putArray("anyOf");
                members.addObject().put("type", "null");
                members.add(core);
                return wrapper;
            }
            case ONE_OF_CONST_NULL: {
                ObjectNode wrapper = NODES.objectNode();
                wrapper.putArray("oneOf").add(core).addObject().putNull("const");
                return wrapper;
            }
            case ALL_OF_REF_NULLABLE: {
                ObjectNode wrapper = NODES.objectNode();
                wrapper.putArray("allOf").add(core);
                wrapper.put("nullable", true);
                return wrapper;
            }
            case REF_SIBLING_NULLABLE:
                core.put("nullable", true);
                return core;
            default:
                throw new IllegalStateException(schema.nullForm().name());
        }
    }

    /** JSON Schema checks enum after type, so an enum that allows null must list it. */
    private static void addNullToEnum(ObjectNode core) {
        if (core.has("enum")) {
            ((ArrayNode) core.get("enum")).addNull();
        }
    }

    private static ObjectNode shape(Shape shape) {
        ObjectNode node = NODES.objectNode();
        if (shape instanceof Shape.Scalar scalar) {
            node.put("type", scalar.type().jsonType);
            if (scalar.type().format != null) {
                node.put("format", scalar.type().format);
            }
        } else if (shape instanceof Shape.AnyValue) {
            return node;
        } else if (shape instanceof Shape.FreeForm free) {
            node.put("type", "object");
            switch (free.style()) {
                case ADDITIONAL_TRUE -> node.put("additionalProperties", true);
                case EMPTY_PROPERTIES -> node.putObject("properties");
                default -> { }
            }
        } else if (shape instanceof Shape.EnumOf e) {
            node.put("type", e.integer() ? "integer" : "string");
            ArrayNode values = node.putArray("enum");
            e.values().forEach(v -> {
                if (e.integer()) {
                    values.add(Long.parseLong(v));
                } else {
                    values.add(v);
                }
            });
        } else if (shape instanceof Shape.ArrayOf array) {
            node.put("type", "array");
            node.set("items", schema(array.items()));
        } else if (shape instanceof Shape.MapOf map) {
            node.put("type", "object");
            node.set("additionalProperties", schema(map.values()));
        } else if (shape instanceof Shape.ObjectOf object) {
            object(node, object);
        } else if (shape instanceof Shape.Ref ref) {
            node.put("$ref", "#/components/schemas/" + ref.component());
        } else if (shape instanceof Shape.Composition composition) {
            ArrayNode members = node.putArray(composition.kind().keyword);
            composition.members().forEach(m -> members.add(schema(m)));
            if (composition.discriminator() != null) {
                node.putObject("discriminator").put("propertyName", composition.discriminator());
            }
        }
        return node;
    }

    private static void object(ObjectNode node, Shape.ObjectOf object) {
        node.put("type", "object");
        ArrayNode required = NODES.arrayNode();
        ObjectNode properties = NODES.objectNode();
        for (Shape.Property p : object.properties()) {
            if (p.required()) {
                required.add(p.wireName());
            }
            ObjectNode property = schema(p.schema());
            decorate(property, p.decoration());
            properties.set(p.wireName(), property);
        }
        object.requiredUndeclared().forEach(required::add);
        if (!required.isEmpty()) {
            node.set("required", required);
        }
        node.set("properties", properties);
        if (object.extra() instanceof Shape.Extra.Allowed) {
            node.put("additionalProperties", true);
        } else if (object.extra() instanceof Shape.Extra.Forbidden) {
            node.put("additionalProperties", false);
        } else if (object.extra() instanceof Shape.Extra.Typed typed) {
            node.set("additionalProperties", schema(typed.values()));
        }
    }

    private static void decorate(ObjectNode schema, Shape.Decoration decoration) {
        if (decoration.description() != null) {
            schema.put("description", decoration.description());
        }
        if (decoration.deprecated()) {
            schema.put("deprecated", true);
        }
        if (decoration.writeOnly()) {
            schema.put("writeOnly", true);
        }
        if (decoration.example() != null) {
            schema.set("example", decoration.example());
        }
    }

    private static String write(ObjectMapper mapper, ObjectNode document) {
        try {
            return mapper.writeValueAsString(document);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
