package dev.tristate.generator.read;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.Problem;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.naming.JavaNames;
import dev.tristate.generator.naming.NameAllocator;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a read spec into the {@link ApiModel}: decides which schemas become classes, what each property's type,
 * required and nullable are, and every Java name. All problems are collected and reported together.
 */
public final class ModelReader {

    private static final String SCHEMAS = "/components/schemas/";

    private final SourceDocument source;
    private final Map<String, Schema<?>> components;
    private final SchemaShapes shapes;
    private final NameAllocator classNames = NameAllocator.forClasses();
    /** Component name → class name, for every component schema that becomes a class. */
    private final Map<String, String> componentClasses = new LinkedHashMap<>();
    private final List<TypeModel> types = new ArrayList<>();
    private final List<Problem> errors = new ArrayList<>();
    private final List<Problem> warnings = new ArrayList<>();
    /** Aliases being expanded, to stop on a schema that is only a reference to itself. */
    private final Set<String> expanding = new HashSet<>();

    /** The model, and what the user should hear about it. */
    public record Result(ApiModel model, List<Problem> warnings) {}

    private ModelReader(SpecReader.ReadSpec spec) {
        this.source = spec.source();
        OpenAPI openApi = spec.openApi();
        Map<String, Schema<?>> schemas = new LinkedHashMap<>();
        if (openApi.getComponents() != null && openApi.getComponents().getSchemas() != null) {
            openApi.getComponents().getSchemas().forEach((name, schema) -> schemas.put(name, (Schema<?>) schema));
        }
        this.components = schemas;
        this.shapes = new SchemaShapes(source, schemas);
        this.warnings.addAll(spec.warnings());
    }

    public static Result read(SpecReader.ReadSpec spec) throws GenerationException {
        return new ModelReader(spec).translate(spec.openApi());
    }

    private Result translate(OpenAPI openApi) throws GenerationException {
        // Component classes are named before any inline schema, so an inline schema never takes a component's name.
        components.forEach((name, schema) -> {
            String pointer = SCHEMAS + SchemaShapes.escape(name);
            if (shapes.becomesClass(schema, pointer)) {
                componentClasses.put(name, classNames.allocate(JavaNames.className(name)));
            }
        });
        components.forEach((name, schema) -> {
            String className = componentClasses.get(name);
            if (className != null) {
                defineClass(className, schema, SCHEMAS + SchemaShapes.escape(name));
            }
        });
        if (!errors.isEmpty()) {
            throw new GenerationException(errors);
        }
        String title = openApi.getInfo() == null ? "" : nullToEmpty(openApi.getInfo().getTitle());
        String version = openApi.getInfo() == null ? "" : nullToEmpty(openApi.getInfo().getVersion());
        // An alias used in many places would repeat its warning once per use: report each place once.
        return new Result(new ApiModel(title, version, types), List.copyOf(new LinkedHashSet<>(warnings)));
    }

    private void defineClass(String className, Schema<?> schema, String pointer) {
        SchemaShapes.Core withoutNull = shapes.withoutNull(schema, pointer);
        Schema<?> core = withoutNull.schema();
        String corePointer = withoutNull.pointer();
        if (shapes.isEnum(core, corePointer)) {
            types.add(enumModel(className, core, corePointer));
        } else {
            types.add(objectModel(className, core, corePointer));
        }
    }

    private ObjectModel objectModel(String className, Schema<?> schema, String pointer) {
        Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
        NameAllocator memberNames = NameAllocator.forMembers();
        List<PropertyModel> properties = new ArrayList<>();
        Map<String, Schema> declared = schema.getProperties() == null ? Map.of() : schema.getProperties();
        for (Map.Entry<String, Schema> entry : declared.entrySet()) {
            String wireName = entry.getKey();
            String propertyPointer = pointer + "/properties/" + SchemaShapes.escape(wireName);
            Schema<?> propertySchema = entry.getValue();
            SchemaShapes.Core core = shapes.withoutNull(propertySchema, propertyPointer);
            String javaName = memberNames.allocate(JavaNames.propertyName(wireName));
            TypeRef type = typeOf(core.schema(), core.pointer(), className + JavaNames.className(wireName));
            properties.add(new PropertyModel(
                    wireName,
                    javaName,
                    type,
                    required.contains(wireName),
                    core.nullable(),
                    shapes.isSecret(propertySchema, propertyPointer) || shapes.isSecret(core.schema(), core.pointer()),
                    shapes.docs(propertySchema, propertyPointer)));
        }
        for (String name : required) {
            if (!declared.containsKey(name)) {
                warnings.add(source.problemAt(pointer + "/required",
                        "'" + name + "' is required but not declared in properties; it is kept as an unknown property"));
            }
        }
        return new ObjectModel(className, pointer, shapes.docs(schema, pointer), properties);
    }

    private EnumModel enumModel(String className, Schema<?> schema, String pointer) {
        NameAllocator constantNames = NameAllocator.forMembers().reserve("UNRECOGNIZED");
        List<EnumModel.EnumConstant> constants = new ArrayList<>();
        for (String value : shapes.enumValues(schema, pointer)) {
            constants.add(new EnumModel.EnumConstant(constantNames.allocate(JavaNames.constantName(value)), value));
        }
        return new EnumModel(className, pointer, shapes.docs(schema, pointer), constants);
    }

    /**
     * The type of a value whose null-ness has already been taken off.
     *
     * @param inlineName the class name an inline object or enum at this place gets
     */
    private TypeRef typeOf(Schema<?> schema, String pointer, String inlineName) {
        String ref = schema.get$ref();
        if (ref != null) {
            return referenced(ref, pointer);
        }
        if (shapes.becomesClass(schema, pointer)) {
            String className = classNames.allocate(JavaNames.className(inlineName));
            defineClass(className, schema, pointer);
            return new TypeRef.Named(className);
        }
        String type = shapes.type(schema, pointer);
        if (type == null) {
            return new TypeRef.Scalar(TypeRef.Kind.ANY);
        }
        switch (type) {
            case "string":
                return new TypeRef.Scalar(stringKind(schema, pointer));
            case "integer":
                return new TypeRef.Scalar("int32".equals(schema.getFormat()) ? TypeRef.Kind.INT32 : TypeRef.Kind.INT64);
            case "number":
                return new TypeRef.Scalar(numberKind(schema.getFormat()));
            case "boolean":
                return new TypeRef.Scalar(TypeRef.Kind.BOOLEAN);
            case "array":
                return arrayOf(schema, pointer, inlineName);
            case "object":
                return mapOf(schema, pointer, inlineName);
            case SchemaShapes.SEVERAL_TYPES:
                warnings.add(source.problemAt(pointer,
                        "a value of several types is generated as Object (typed unions are not supported yet)"));
                return new TypeRef.Scalar(TypeRef.Kind.ANY);
            case SchemaShapes.COMPOSITION:
                warnings.add(source.problemAt(pointer,
                        "this allOf/oneOf/anyOf is generated as Object (compositions are not supported yet)"));
                return new TypeRef.Scalar(TypeRef.Kind.ANY);
            default:
                errors.add(source.problemAt(pointer + "/type", "unknown type '" + type
                        + "'; expected one of string, integer, number, boolean, array, object, null"));
                return new TypeRef.Scalar(TypeRef.Kind.ANY);
        }
    }

    private TypeRef referenced(String ref, String pointer) {
        if (!ref.startsWith("#" + SCHEMAS)) {
            errors.add(source.problemAt(pointer + "/$ref", "unsupported $ref '" + ref
                    + "': only references to #/components/schemas/ are supported here"));
            return new TypeRef.Scalar(TypeRef.Kind.ANY);
        }
        String name = SchemaShapes.unescape(ref.substring(("#" + SCHEMAS).length()));
        String className = componentClasses.get(name);
        if (className != null) {
            return new TypeRef.Named(className);
        }
        Schema<?> target = components.get(name);
        if (target == null) {
            errors.add(source.problemAt(pointer + "/$ref", "dangling $ref '" + ref + "': no schema '" + name
                    + "' in components.schemas"));
            return new TypeRef.Scalar(TypeRef.Kind.ANY);
        }
        // A component that is not a class (a string, a list, a map) is an alias: use its type in place.
        if (!expanding.add(name)) {
            errors.add(source.problemAt(pointer + "/$ref", "'" + name + "' is defined only in terms of itself"));
            return new TypeRef.Scalar(TypeRef.Kind.ANY);
        }
        try {
            String targetPointer = SCHEMAS + SchemaShapes.escape(name);
            SchemaShapes.Core core = shapes.withoutNull(target, targetPointer);
            return typeOf(core.schema(), core.pointer(), JavaNames.className(name));
        } finally {
            expanding.remove(name);
        }
    }

    private TypeRef arrayOf(Schema<?> schema, String pointer, String inlineName) {
        Schema<?> items = schema.getItems();
        if (items == null) {
            return new TypeRef.ListOf(new TypeRef.Scalar(TypeRef.Kind.ANY), true);
        }
        SchemaShapes.Core core = shapes.withoutNull(items, pointer + "/items");
        return new TypeRef.ListOf(typeOf(core.schema(), core.pointer(), inlineName), core.nullable());
    }

    private TypeRef mapOf(Schema<?> schema, String pointer, String inlineName) {
        Object additional = schema.getAdditionalProperties();
        if (additional instanceof Schema) {
            SchemaShapes.Core core = shapes.withoutNull((Schema<?>) additional, pointer + "/additionalProperties");
            return new TypeRef.MapOf(typeOf(core.schema(), core.pointer(), inlineName + "Value"), core.nullable());
        }
        return new TypeRef.MapOf(new TypeRef.Scalar(TypeRef.Kind.ANY), true);
    }

    private TypeRef.Kind stringKind(Schema<?> schema, String pointer) {
        String format = schema.getFormat();
        if (format == null) {
            return TypeRef.Kind.STRING;
        }
        switch (format) {
            case "date-time":
                return TypeRef.Kind.DATE_TIME;
            case "date":
                return TypeRef.Kind.DATE;
            case "uuid":
                return TypeRef.Kind.UUID;
            case "uri":
                return TypeRef.Kind.URI;
            case "byte":
                return TypeRef.Kind.BYTES;
            default:
                if (!SchemaShapes.PLAIN_STRING_FORMATS.contains(format)) {
                    warnings.add(source.problemAt(pointer + "/format",
                            "unknown string format '" + format + "'; generated as String"));
                }
                return TypeRef.Kind.STRING;
        }
    }

    private static TypeRef.Kind numberKind(String format) {
        if ("float".equals(format)) {
            return TypeRef.Kind.FLOAT;
        }
        if ("double".equals(format)) {
            return TypeRef.Kind.DOUBLE;
        }
        return TypeRef.Kind.DECIMAL;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
