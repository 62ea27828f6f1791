package dev.tristate.generator.read;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.GenerationResult;
import dev.tristate.generator.Problem;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.Constraints;
import dev.tristate.generator.model.Docs;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;
import dev.tristate.generator.naming.JavaNames;
import dev.tristate.generator.naming.NameAllocator;
import com.fasterxml.jackson.databind.JsonNode;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.Discriminator;
import java.util.ArrayList;
import java.util.HashMap;
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
    /** Components being merged into an allOf, to stop on a cycle of allOf references. */
    private final Set<String> merging = new HashSet<>();
    /** The allOf bases (component names) each merged class was built on. */
    private final Map<String, List<String>> allOfBases = new LinkedHashMap<>();
    /**
     * Inline schema pointer → its class. An inline schema reached twice (a base's property merged into each class
     * built on it with allOf) is one class, named after the first place that reached it.
     */
    private final Map<String, String> inlineClasses = new HashMap<>();
    /** Inline class → the name it asked for, before a number kept it apart from another. */
    private final Map<String, String> preferredNames = new HashMap<>();
    /** Unions as read, finished once every class they name is known. */
    private final List<UnionDraft> unions = new ArrayList<>();

    /** Reads Bean Validation constraints when set (beanValidation); null otherwise, and the model stays as before. */
    private ConstraintReader constraints;

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
        return read(spec, false);
    }

    /** As {@link #read(SpecReader.ReadSpec)}, with each property's Bean Validation constraints when asked. */
    public static Result read(SpecReader.ReadSpec spec, boolean constraints) throws GenerationException {
        ModelReader reader = new ModelReader(spec);
        if (constraints) {
            reader.constraints = new ConstraintReader(reader.source, reader.shapes, reader.components,
                    reader.warnings);
        }
        return reader.translate(spec.openApi());
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
        // A list or map component of inline objects: its items get a class even when no property uses the list.
        components.forEach((name, schema) -> {
            if (!componentClasses.containsKey(name)) {
                String pointer = SCHEMAS + SchemaShapes.escape(name);
                SchemaShapes.Core core = shapes.withoutNull(schema, pointer);
                String type = shapes.type(core.schema(), core.pointer());
                if (core.schema().get$ref() == null && ("array".equals(type) || "object".equals(type))) {
                    typeOf(core.schema(), core.pointer(), JavaNames.className(name));
                }
            }
        });
        inlineSites(openApi);
        if (!errors.isEmpty()) {
            throw new GenerationException(errors);
        }
        new Compositions(types, componentClasses, classNames, warnings, source).finish(unions, allOfBases);
        String title = openApi.getInfo() == null ? "" : nullToEmpty(openApi.getInfo().getTitle());
        String version = openApi.getInfo() == null ? "" : nullToEmpty(openApi.getInfo().getVersion());
        // An alias used in many places would repeat its warning once per use: report each place once.
        List<TypeModel> folded = InlineDuplicates.fold(types, preferredNames, classNames);
        if (folded.isEmpty()) {
            warnings.add(source.problemAt("", "no schema in this document becomes a class: it has no object or enum"
                    + " schema in components.schemas, operations, webhooks or other components; nothing is generated"));
        }
        return new Result(new ApiModel(title, version, folded), List.copyOf(new LinkedHashSet<>(warnings)));
    }

    /**
     * The schemas written outside components.schemas (operations, webhooks, the other components): each inline
     * object or enum becomes a class named after its place ({@link OperationSchemas}). What stops a component schema
     * is a warning here, since such places were never modelled before.
     */
    private void inlineSites(OpenAPI openApi) {
        OperationSchemas found = OperationSchemas.of(openApi, source);
        int errorsBefore = errors.size();
        for (OperationSchemas.Site site : found.sites()) {
            SchemaShapes.Core core = shapes.withoutNull(site.schema(), site.pointer());
            String type = shapes.type(core.schema(), core.pointer());
            boolean list = "array".equals(type) && !shapes.becomesClass(core.schema(), core.pointer());
            try {
                typeOf(core.schema(), core.pointer(), site.name() + (list ? "Item" : ""));
            } catch (RuntimeException e) {
                // A shape the keyword checks only warned about here (outside components.schemas) may stop modelling.
                errors.add(source.problemAt(site.pointer(), "this schema could not be modelled"));
            }
        }
        while (errors.size() > errorsBefore) {
            Problem problem = errors.remove(errorsBefore);
            warnings.add(new Problem(problem.file(), problem.line(), problem.column(),
                    problem.message() + "; " + GenerationResult.FALLBACK));
        }
        // Per media type that is not JSON, the inline schemas that would be classes: counted, located at the first.
        Map<String, List<String>> skipped = new LinkedHashMap<>();
        found.skipped().forEach((site, mediaType) -> {
            SchemaShapes.Core core = shapes.withoutNull(site.schema(), site.pointer());
            Schema<?> items = core.schema().getItems();
            if (shapes.becomesClass(core.schema(), core.pointer())
                    || (items != null && shapes.becomesClass(items, core.pointer() + "/items"))) {
                skipped.computeIfAbsent(mediaType, m -> new ArrayList<>()).add(site.pointer());
            }
        });
        skipped.forEach((mediaType, pointers) -> warnings.add(source.problemAt(pointers.get(0),
                pointers.size() + (pointers.size() == 1 ? " inline object or enum schema" : " inline object or enum"
                        + " schemas") + " under media type '" + mediaType + "' (the first here) "
                        + (pointers.size() == 1 ? "gets" : "get") + " no class: Tristate models JSON bodies"
                        + " (application/json, application/*+json)")));
    }

    private void defineClass(String className, Schema<?> schema, String pointer) {
        SchemaShapes.Core withoutNull = shapes.withoutNull(schema, pointer);
        Schema<?> core = withoutNull.schema();
        String corePointer = withoutNull.pointer();
        if (shapes.isEnum(core, corePointer)) {
            types.add(enumModel(className, core, corePointer));
        } else if (shapes.mergesAllOf(core)) {
            types.add(mergedObject(className, core, corePointer));
        } else if (!shapes.unionAlternatives(core, corePointer).isEmpty()) {
            types.add(union(className, core, corePointer));
        } else if (!shapes.severalTypes(core, corePointer).isEmpty()) {
            types.add(typeUnion(className, core, corePointer));
        } else {
            types.add(objectModel(className, core, corePointer));
        }
    }

    /** One declared property: its schema and where it is written. */
    private record Declared(Schema<?> schema, String pointer) {}

    private ObjectModel objectModel(String className, Schema<?> schema, String pointer) {
        Set<String> required = schema.getRequired() == null ? Set.of() : new LinkedHashSet<>(schema.getRequired());
        Map<String, Declared> declared = new LinkedHashMap<>();
        collectProperties(schema, pointer, declared);
        return object(className, schema, pointer, declared, required);
    }

    /**
     * allOf: every member's properties in one class, in member order, required if any member requires them. A
     * property declared again by a later member takes that member's schema (it is the more specific) and keeps
     * its first place.
     */
    private ObjectModel mergedObject(String className, Schema<?> schema, String pointer) {
        Map<String, Declared> declared = new LinkedHashMap<>();
        Set<String> required = new LinkedHashSet<>();
        List<String> bases = new ArrayList<>();
        merge(schema, pointer, declared, required, bases);
        if (!bases.isEmpty()) {
            allOfBases.put(className, bases);
        }
        return object(className, schema, pointer, declared, required);
    }

    private void merge(Schema<?> schema, String pointer, Map<String, Declared> declared, Set<String> required,
            List<String> bases) {
        String ref = schema.get$ref();
        if (ref != null) {
            String name = componentName(ref);
            Schema<?> target = name == null ? null : components.get(name);
            if (target == null) {
                errors.add(source.problemAt(pointer + "/$ref", "dangling $ref '" + ref + "' in allOf"));
                return;
            }
            if (!merging.add(name)) {
                errors.add(source.problemAt(pointer + "/$ref", "allOf cycle: '" + name + "' includes itself"));
                return;
            }
            try {
                String targetPointer = SCHEMAS + SchemaShapes.escape(name);
                SchemaShapes.Core core = shapes.withoutNull(target, targetPointer);
                if (componentClasses.containsKey(name) && !bases.contains(name)) {
                    bases.add(name);
                }
                merge(core.schema(), core.pointer(), declared, required, bases);
            } finally {
                merging.remove(name);
            }
            return;
        }
        if (schema.getAllOf() != null) {
            for (int i = 0; i < schema.getAllOf().size(); i++) {
                merge(schema.getAllOf().get(i), pointer + "/allOf/" + i, declared, required, bases);
            }
        }
        collectProperties(schema, pointer, declared);
        if (schema.getRequired() != null) {
            required.addAll(schema.getRequired());
        }
    }

    private static void collectProperties(Schema<?> schema, String pointer, Map<String, Declared> declared) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Map.Entry<String, Schema> entry : schema.getProperties().entrySet()) {
            declared.put(entry.getKey(), new Declared(entry.getValue(),
                    pointer + "/properties/" + SchemaShapes.escape(entry.getKey())));
        }
    }

    private ObjectModel object(String className, Schema<?> schema, String pointer, Map<String, Declared> declared,
            Set<String> required) {
        NameAllocator memberNames = NameAllocator.forMembers();
        List<PropertyModel> properties = new ArrayList<>();
        for (Map.Entry<String, Declared> entry : declared.entrySet()) {
            String wireName = entry.getKey();
            String propertyPointer = entry.getValue().pointer();
            Schema<?> propertySchema = entry.getValue().schema();
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
                    shapes.docs(propertySchema, propertyPointer),
                    required.contains(wireName) ? shapes.constString(core.schema(), core.pointer()) : null,
                    constraints == null ? null : constraints.of(core.schema(), core.pointer(), type)));
        }
        for (String name : required) {
            if (!declared.containsKey(name)) {
                warnings.add(source.problemAt(pointer + "/required",
                        "'" + name + "' is required but not declared in properties; it is kept as an unknown property"));
            }
        }
        if (constraints != null) {
            constraints.reportCountsOnAClass(pointer);
        }
        TypeRef additionalValues = additionalValues(className, schema, pointer);
        return new ObjectModel(className, pointer, typeDocs(schema, pointer), properties, List.of(),
                additionalValues, additionalConstraints(schema, pointer, additionalValues));
    }

    /**
     * The docs of a generated type. {@code deprecated} on an inline schema deprecates the property that holds it,
     * not the type: a deprecated inline class would make javac warn wherever its (current) owner uses it.
     */
    private Docs typeDocs(Schema<?> schema, String pointer) {
        Docs docs = shapes.docs(schema, pointer);
        boolean component = pointer.startsWith(SCHEMAS) && pointer.indexOf('/', SCHEMAS.length()) < 0;
        return component || !docs.deprecated() ? docs
                : new Docs(docs.description(), docs.examples(), false, docs.defaultValue(), docs.access());
    }

    /** {@code additionalProperties: schema} types the properties the spec does not name; anything else is any. */
    private TypeRef additionalValues(String className, Schema<?> schema, String pointer) {
        if (!(schema.getAdditionalProperties() instanceof Schema)) {
            return ObjectModel.ANY_VALUES;
        }
        String at = pointer + "/additionalProperties";
        SchemaShapes.Core core = shapes.withoutNull((Schema<?>) schema.getAdditionalProperties(), at);
        return typeOf(core.schema(), core.pointer(), className + "Value");
    }

    /** What each value of {@code additionalProperties: schema} must satisfy; null without beanValidation. */
    private Constraints additionalConstraints(Schema<?> schema, String pointer, TypeRef values) {
        if (constraints == null || !(schema.getAdditionalProperties() instanceof Schema)) {
            return null;
        }
        SchemaShapes.Core core = shapes.withoutNull((Schema<?>) schema.getAdditionalProperties(),
                pointer + "/additionalProperties");
        return constraints.of(core.schema(), core.pointer(), values);
    }

    /** oneOf/anyOf: each alternative is a variant, tried in spec order unless the discriminator decides. */
    private UnionModel union(String className, Schema<?> schema, String pointer) {
        Discriminator discriminator = schema.getDiscriminator();
        if (discriminator != null && discriminator.getMapping() != null) {
            // A full reference that leads nowhere is refused with the other references; a bare name is checked here.
            discriminator.getMapping().forEach((value, target) -> {
                if (target != null && !target.contains("/") && !target.contains("#")
                        && !components.containsKey(target)) {
                    errors.add(source.problemAt(pointer + "/discriminator/mapping/" + SchemaShapes.escape(value),
                            "the discriminator value " + Quoted.of(value) + " maps to schema " + Quoted.of(target)
                                    + ", which is not in components.schemas"));
                }
            });
        }
        List<UnionDraft.Option> options = new ArrayList<>();
        List<SchemaShapes.Core> alternatives = shapes.unionAlternatives(schema, pointer);
        for (int i = 0; i < alternatives.size(); i++) {
            SchemaShapes.Core alternative = alternatives.get(i);
            SchemaShapes.Core core = shapes.withoutNull(alternative.schema(), alternative.pointer());
            String title = core.schema().getTitle();
            String inlineName = className + (title == null || title.isBlank()
                    ? "Option" + (i + 1) : JavaNames.className(title));
            TypeRef type = typeOf(core.schema(), core.pointer(), inlineName);
            options.add(new UnionDraft.Option(type, discriminatorValues(discriminator, core.schema().get$ref()),
                    constraints == null ? null : constraints.of(core.schema(), core.pointer(), type),
                    alternative.pointer()));
        }
        UnionModel draft = new UnionModel(className, pointer, typeDocs(schema, pointer), List.of(),
                discriminator == null || discriminator.getPropertyName() == null
                        ? "" : discriminator.getPropertyName());
        unions.add(new UnionDraft(types.size(), draft, options));
        return draft;
    }

    /** The values that select a referenced variant: its mapping keys, or else its component name. */
    private static List<String> discriminatorValues(Discriminator discriminator, String ref) {
        if (discriminator == null || ref == null) {
            return List.of();
        }
        String name = componentName(ref);
        List<String> values = new ArrayList<>();
        if (discriminator.getMapping() != null) {
            discriminator.getMapping().forEach((value, target) -> {
                if (target.equals(ref) || target.equals(name)) {
                    values.add(value);
                }
            });
        }
        if (values.isEmpty() && name != null) {
            values.add(name);
        }
        return values;
    }

    /** {@code type: [string, integer]}: one variant per listed type, each read with the schema's other keywords. */
    private UnionModel typeUnion(String className, Schema<?> schema, String pointer) {
        List<UnionDraft.Option> options = new ArrayList<>();
        for (String type : shapes.severalTypes(schema, pointer)) {
            TypeRef variant = typeNamed(type, schema, pointer, className);
            options.add(new UnionDraft.Option(variant, List.of(),
                    constraints == null ? null : constraints.of(schema, pointer, variant), pointer));
        }
        UnionModel draft = new UnionModel(className, pointer, typeDocs(schema, pointer), List.of(), "");
        unions.add(new UnionDraft(types.size(), draft, options));
        return draft;
    }

    private TypeRef typeNamed(String type, Schema<?> schema, String pointer, String className) {
        switch (type) {
            case "string":
                return new TypeRef.Scalar(stringKind(schema, pointer));
            case "integer":
                return new TypeRef.Scalar(integerKind(schema, pointer));
            case "number":
                return new TypeRef.Scalar(numberKind(schema, pointer));
            case "boolean":
                return new TypeRef.Scalar(TypeRef.Kind.BOOLEAN);
            case "array":
                return arrayOf(schema, pointer, className + "Item");
            case "object":
                if (schema.getProperties() != null && !schema.getProperties().isEmpty()) {
                    String objectClass = classNames.allocate(className + "Object");
                    types.add(objectModel(objectClass, schema, pointer));
                    return new TypeRef.Named(objectClass);
                }
                return mapOf(schema, pointer, className);
            default:
                errors.add(source.problemAt(pointer + "/type", "unknown type '" + type
                        + "'; expected one of string, integer, number, boolean, array, object, null"));
                return new TypeRef.Scalar(TypeRef.Kind.ANY);
        }
    }

    private static String componentName(String ref) {
        if (ref.startsWith("#" + SCHEMAS)) {
            return SchemaShapes.unescape(ref.substring(("#" + SCHEMAS).length()));
        }
        return null;
    }

    private EnumModel enumModel(String className, Schema<?> schema, String pointer) {
        NameAllocator constantNames = NameAllocator.forMembers().reserve("UNRECOGNIZED");
        List<EnumModel.EnumConstant> constants = new ArrayList<>();
        boolean integer = shapes.isIntegerEnum(schema, pointer);
        String outside = shapes.enumOutsideItsType(schema, pointer);
        if (outside != null) {
            warnings.add(source.problemAt(pointer + "/enum", "the enum lists values that are not of its type '"
                    + outside + "' (" + String.join(", ", shapes.enumValues(schema, pointer).stream().limit(3)
                            .map(Quoted::of).toList()) + (shapes.enumValues(schema, pointer).size() > 3 ? ", …" : "")
                    + "); generated as an enum of strings, as the values say"));
        }
        for (String value : new LinkedHashSet<>(shapes.enumValues(schema, pointer))) {
            String name = !integer ? JavaNames.constantName(value)
                    : value.startsWith("-") ? "MINUS_" + value.substring(1) : "VALUE_" + value;
            constants.add(new EnumModel.EnumConstant(constantNames.allocate(name), value));
        }
        return new EnumModel(className, pointer, typeDocs(schema, pointer), constants, integer);
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
            String defined = inlineClasses.get(pointer);
            if (defined != null) {
                return new TypeRef.Named(defined);
            }
            String preferred = JavaNames.className(inlineName);
            String className = classNames.allocate(preferred);
            preferredNames.put(className, preferred);
            inlineClasses.put(pointer, className);
            defineClass(className, schema, pointer);
            return new TypeRef.Named(className);
        }
        String type = shapes.type(schema, pointer);
        JsonNode raw = source.at(pointer);
        if (raw.has("prefixItems") && (type == null || "array".equals(type))) {
            warnings.add(source.problemAt(pointer + "/prefixItems", "prefixItems (a tuple: a type per position) is"
                    + " not modelled; " + (schema.getItems() == null ? "its elements are " : "")
                    + GenerationResult.FALLBACK));
        }
        if (type == null && schema.getAdditionalProperties() instanceof Schema) {
            warnings.add(source.problemAt(pointer + "/additionalProperties", "additionalProperties without"
                    + " 'type: object': generated as a map, as the schema's author most likely meant (a value that is"
                    + " not a JSON object will not read)"));
            return mapOf(schema, pointer, inlineName);
        }
        if (type == null) {
            return new TypeRef.Scalar(TypeRef.Kind.ANY);
        }
        switch (type) {
            case "string":
                return new TypeRef.Scalar(stringKind(schema, pointer));
            case "integer":
                return new TypeRef.Scalar(integerKind(schema, pointer));
            case "number":
                return new TypeRef.Scalar(numberKind(schema, pointer));
            case "boolean":
                return new TypeRef.Scalar(TypeRef.Kind.BOOLEAN);
            case "array":
                return arrayOf(schema, pointer, inlineName);
            case "object":
                return mapOf(schema, pointer, inlineName);
            case SchemaShapes.COMPOSITION:
                return composedValue(schema, pointer, inlineName);
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
        String escapedName = ref.substring(("#" + SCHEMAS).length());
        int inside = escapedName.indexOf('/');
        if (inside >= 0 && !source.at(ref.substring(1)).isMissingNode()) {
            errors.add(source.problemAt(pointer + "/$ref", "unsupported $ref '" + ref + "': a reference into a"
                    + " schema (to '" + escapedName.substring(inside + 1) + "' of '"
                    + SchemaShapes.unescape(escapedName.substring(0, inside)) + "') is not supported; move the"
                    + " referenced schema to components.schemas and refer to it there"));
            return new TypeRef.Scalar(TypeRef.Kind.ANY);
        }
        String name = SchemaShapes.unescape(escapedName);
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

    /**
     * A composition that is not an object nor a union: an allOf that only narrows one type (its first typed member
     * decides), or alternatives that only add constraints (any value).
     */
    private TypeRef composedValue(Schema<?> schema, String pointer, String inlineName) {
        List<Schema> allOf = schema.getAllOf();
        if (allOf != null) {
            for (int i = 0; i < allOf.size(); i++) {
                Schema<?> member = allOf.get(i);
                String at = pointer + "/allOf/" + i;
                if (member.get$ref() != null || shapes.type(member, at) != null) {
                    SchemaShapes.Core core = shapes.withoutNull(member, at);
                    return typeOf(core.schema(), core.pointer(), inlineName);
                }
            }
        }
        String keyword = allOf != null ? "allOf" : schema.getOneOf() != null ? "oneOf" : "anyOf";
        List<Schema> alternatives = schema.getOneOf() != null ? schema.getOneOf() : schema.getAnyOf();
        if (allOf == null && alternatives != null && alternatives.size() == 1) {
            SchemaShapes.Core core = shapes.withoutNull(alternatives.get(0), pointer + "/" + keyword + "/0");
            return typeOf(core.schema(), core.pointer(), inlineName);
        }
        warnings.add(source.problemAt(pointer + "/" + keyword, keyword + " whose members name no type (they only"
                + " add constraints, or are not objects a class can stand for); " + GenerationResult.FALLBACK));
        return new TypeRef.Scalar(TypeRef.Kind.ANY);
    }

    private TypeRef arrayOf(Schema<?> schema, String pointer, String inlineName) {
        Schema<?> items = schema.getItems();
        if (items == null) {
            return new TypeRef.ListOf(new TypeRef.Scalar(TypeRef.Kind.ANY), true);
        }
        SchemaShapes.Core core = shapes.withoutNull(items, pointer + "/items");
        return new TypeRef.ListOf(typeOf(core.schema(), core.pointer(), inlineName), core.nullable(),
                Boolean.TRUE.equals(schema.getUniqueItems()));
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

    private TypeRef.Kind integerKind(Schema<?> schema, String pointer) {
        String format = schema.getFormat();
        if ("int32".equals(format)) {
            return TypeRef.Kind.INT32;
        }
        if (format != null && !"int64".equals(format)) {
            warnings.add(source.problemAt(pointer + "/format",
                    "unknown integer format '" + format + "'; generated as Long"));
        }
        return TypeRef.Kind.INT64;
    }

    private TypeRef.Kind numberKind(Schema<?> schema, String pointer) {
        String format = schema.getFormat();
        if ("float".equals(format)) {
            return TypeRef.Kind.FLOAT;
        }
        if ("double".equals(format)) {
            return TypeRef.Kind.DOUBLE;
        }
        if (format != null && !"decimal".equals(format)) {
            warnings.add(source.problemAt(pointer + "/format",
                    "unknown number format '" + format + "'; generated as BigDecimal"));
        }
        return TypeRef.Kind.DECIMAL;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
