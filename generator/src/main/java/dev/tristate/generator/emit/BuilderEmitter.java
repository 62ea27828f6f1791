package dev.tristate.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.WildcardTypeName;
import dev.tristate.generator.model.PropertyModel.Presence;
import dev.tristate.generator.naming.NameAllocator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * The nested {@code Builder}. Its property methods are also Jackson's setters (a list, set or map property has a
 * private one, which does not copy), so the API and JSON share one set of rules: null is refused for required
 * non-nullable properties, means "explicit null" for nullable ones and "absent" for optional ones. {@code build()}
 * names every missing required property at once.
 */
final class BuilderEmitter {

    private static final String UNKNOWN = "additionalProperties";

    private final ClassName self;
    private final ClassName builder;
    private final List<PropertyShape> properties;
    private final TypeName unknownMap;
    private final JacksonTypes jackson;
    /** Property name → the flag that tells an explicit null from "never set", for required nullable properties. */
    private final Map<String, String> isSetFlags = new HashMap<>();

    BuilderEmitter(ClassName self, ClassName builder, List<PropertyShape> properties, TypeName unknownMap,
            JacksonTypes jackson) {
        this.jackson = jackson;
        this.self = self;
        this.builder = builder;
        this.properties = properties;
        this.unknownMap = unknownMap;
        // A property may itself be called xIsSet: flags take names no property has.
        NameAllocator names = NameAllocator.forMembers().reserve(UNKNOWN);
        properties.forEach(p -> names.reserve(p.name()));
        for (PropertyShape p : properties) {
            if (p.presence() == Presence.REQUIRED_NULLABLE) {
                isSetFlags.put(p.name(), names.allocate(p.name() + "IsSet"));
            }
        }
    }

    private String isSetFlag(PropertyShape p) {
        return isSetFlags.get(p.name());
    }

    TypeSpec emit() {
        TypeSpec.Builder type = TypeSpec.classBuilder(builder)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("Builds {@link $T}; also what Jackson reads JSON through. A property method given null\n"
                        + "refuses it for a required property, sends an explicit null for a nullable one, and makes an\n"
                        + "optional one absent; {@code clearX()} makes an optional nullable one absent.\n", self)
                .addAnnotation(AnnotationSpec.builder(jackson.jsonPojoBuilder)
                        .addMember("withPrefix", "$S", "").build())
                .addAnnotation(Annotations.noSetterDetection());
        for (PropertyShape p : properties) {
            FieldSpec.Builder field = FieldSpec.builder(p.fieldType(), p.name(), Modifier.PRIVATE);
            CodeBlock preset = preset(p);
            if (p.presence() == Presence.OPTIONAL_NULLABLE) {
                field.initializer(preset == null ? CodeBlock.of("$T.undefined()", Annotations.JSON_NULLABLE)
                        : CodeBlock.of("$T.of($L)", Annotations.JSON_NULLABLE, preset));
            } else if (preset != null) {
                field.initializer(preset);
            }
            type.addField(field.build());
            if (p.presence() == Presence.REQUIRED_NULLABLE) {
                FieldSpec.Builder flag = FieldSpec.builder(boolean.class, isSetFlag(p), Modifier.PRIVATE);
                type.addField((preset == null ? flag : flag.initializer("true")).build());
            }
        }
        // Null until an unknown property arrives: nearly every builder Jackson fills never sees one.
        type.addField(FieldSpec.builder(unknownMap, UNKNOWN, Modifier.PRIVATE).build());
        type.addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        type.addMethod(copyConstructor());
        for (PropertyShape p : properties) {
            type.addMethod(setter(p));
            if (p.isCollection()) {
                type.addMethod(jsonCollectionSetter(p));
            }
            if (p.presence() == Presence.OPTIONAL_NULLABLE) {
                type.addMethod(MethodSpec.methodBuilder(p.clearMethod())
                        .addJavadoc("Makes {@code $L} absent: it will not be written.\n", p.name())
                        .addModifiers(Modifier.PUBLIC)
                        .returns(builder)
                        .addStatement("this.$N = $T.undefined()", p.name(), Annotations.JSON_NULLABLE)
                        .addStatement("return this")
                        .build());
            }
        }
        type.addMethod(additionalProperty());
        type.addMethod(additionalProperties());
        List<MethodSpec> helpers = new ArrayList<>();
        type.addMethod(build(helpers));
        type.addMethods(helpers);
        return type.build();
    }

    /** The wire names as one argument list, on one line. */
    private CodeBlock declaredNames() {
        CodeBlock.Builder names = CodeBlock.builder();
        for (int i = 0; i < properties.size(); i++) {
            names.add(i == 0 ? "$L" : ", $L", JavaLiterals.string(properties.get(i).wireName()));
        }
        return names.build();
    }

    /** A {@code const}, or the discriminator value that selects this class: what a new builder starts with. */
    private static CodeBlock preset(PropertyShape p) {
        String value = p.property.preset();
        if (value == null) {
            return null;
        }
        return p.valueType.equals(JavaTypes.STRING) ? JavaLiterals.string(value)
                : CodeBlock.of("$T.of($L)", p.valueType, JavaLiterals.string(value));
    }

    private TypeName unknownValue() {
        return ((ParameterizedTypeName) unknownMap).typeArguments().get(1);
    }

    private MethodSpec copyConstructor() {
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(self, "source");
        for (PropertyShape p : properties) {
            copy.addStatement("this.$N = source.$N", p.name(), p.name());
            if (p.presence() == Presence.REQUIRED_NULLABLE) {
                copy.addStatement("this.$N = true", isSetFlag(p));
            }
        }
        copy.addStatement("this.$L = source.$L.isEmpty() ? null : new $T<>(source.$L)", UNKNOWN, UNKNOWN,
                LinkedHashMap.class, UNKNOWN);
        return copy.build();
    }

    /**
     * The public property method. A list, set or map is copied when it is given, since the caller may go on
     * changing its own; objects built later share the builder's copy, which nothing changes (the builder replaces
     * a collection, never changes one), and hand it out through unmodifiable views (ObjectEmitter). Jackson reads
     * such a property through {@link #jsonCollectionSetter}, so this method is not annotated for Jackson.
     */
    private MethodSpec setter(PropertyShape p) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder(p.name())
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(p.valueType, p.name());
        if (!p.isCollection()) {
            forJackson(setter, p);
        }
        if (p.property.docs().deprecated()) {
            setter.addAnnotation(Deprecated.class);
        }
        return assign(setter, p, true).addStatement("return this").build();
    }

    /**
     * What Jackson reads a list, set or map property through. Jackson hands over a collection it has just made and
     * keeps no reference to, so it is kept as it is, not copied. Private, so that no caller can hand over a
     * collection it goes on changing; the '$' keeps its name apart from every property method's.
     */
    private MethodSpec jsonCollectionSetter(PropertyShape p) {
        MethodSpec.Builder setter = MethodSpec.methodBuilder("json$" + p.name())
                // An IDE sees no caller: say who calls it and why it does not copy.
                .addJavadoc("Jackson's setter for {@code $L}: keeps the collection Jackson has just read rather than"
                        + " copying it.\n", p.name())
                .addModifiers(Modifier.PRIVATE)
                .returns(builder)
                .addParameter(p.valueType, p.name());
        if (p.property.docs().deprecated()) {
            // As its public twin: a deprecated property's type may itself be deprecated.
            setter.addAnnotation(Deprecated.class);
        }
        return assign(forJackson(setter, p), p, false).addStatement("return this").build();
    }

    private MethodSpec.Builder forJackson(MethodSpec.Builder setter, PropertyShape p) {
        setter.addAnnotation(Annotations.jsonProperty(p.wireName()));
        if (p.isTemporal()) {
            setter.addAnnotation(Annotations.isoDateIn());
        }
        if (p.isSet()) {
            // Jackson's default Set is a HashSet, which would lose the order the items came in.
            setter.addAnnotation(AnnotationSpec.builder(jackson.jsonDeserialize)
                    .addMember("as", "$T.class", LinkedHashSet.class).build());
        }
        return setter;
    }

    /** Stores the argument under the property's presence rules; a collection copied or not. */
    private MethodSpec.Builder assign(MethodSpec.Builder setter, PropertyShape p, boolean copy) {
        boolean copied = copy && p.isCollection();
        // What a nullable or optional property stores: null stays null.
        CodeBlock given = copied ? nullOrCopy(p) : CodeBlock.of("$N", p.name());
        switch (p.presence()) {
            case REQUIRED:
                CodeBlock present = CodeBlock.of("$T.requireNonNull($N, $L)", Objects.class, p.name(),
                        JavaLiterals.string(self.simpleName() + ": required property '" + p.wireName()
                                + "' cannot be null"));
                setter.addStatement("this.$N = $L", p.name(), copied ? copyOf(p, present) : present);
                break;
            case REQUIRED_NULLABLE:
                setter.addStatement("this.$N = $L", p.name(), given).addStatement("this.$N = true", isSetFlag(p));
                break;
            case OPTIONAL:
                setter.addStatement("this.$N = $L", p.name(), given);
                break;
            default:
                setter.addStatement("this.$N = $T.of($L)", p.name(), Annotations.JSON_NULLABLE, given);
        }
        return setter;
    }

    private static CodeBlock nullOrCopy(PropertyShape p) {
        return CodeBlock.of("$N == null ? null : $L", p.name(), copyOf(p, CodeBlock.of("$N", p.name())));
    }

    private static CodeBlock copyOf(PropertyShape p, CodeBlock collection) {
        Class<?> copyType = p.isList() ? ArrayList.class : p.isSet() ? LinkedHashSet.class : LinkedHashMap.class;
        return CodeBlock.of("new $T<>($L)", copyType, collection);
    }

    private MethodSpec additionalProperty() {
        MethodSpec.Builder method = MethodSpec.methodBuilder("additionalProperty")
                .addJavadoc("Adds a property the spec does not declare; it is written after the declared ones.\n")
                .addAnnotation(Annotations.JSON_ANY_SETTER)
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "name")
                .addParameter(unknownValue(), "value");
        if (!properties.isEmpty()) {
            method.beginControlFlow("if ($T.asList($L).contains(name))", Arrays.class, declaredNames())
                    .addStatement("throw new $T($S + name + $S)", IllegalArgumentException.class,
                            self.simpleName() + ": '", "' is a declared property; use its builder method")
                    .endControlFlow();
        }
        method.addStatement("if (this.$L == null) this.$L = new $T<>()", UNKNOWN, UNKNOWN, LinkedHashMap.class)
                .addStatement("this.$L.put(name, value)", UNKNOWN);
        return method.addStatement("return this").build();
    }

    private MethodSpec additionalProperties() {
        TypeName anyMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                WildcardTypeName.subtypeOf(unknownValue()));
        return MethodSpec.methodBuilder("additionalProperties")
                .addJavadoc("Replaces all properties the spec does not declare.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(anyMap, "properties")
                .addStatement("this.$L = null", UNKNOWN)
                .addStatement("properties.forEach(this::additionalProperty)")
                .addStatement("return this")
                .build();
    }

    /** {@code build()}; helper methods it calls, for a large class, are added to {@code helpers}. */
    private MethodSpec build(List<MethodSpec> helpers) {
        MethodSpec.Builder build = MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(self);
        List<PropertyShape> required = new ArrayList<>();
        for (PropertyShape p : properties) {
            if (p.presence() == Presence.REQUIRED || p.presence() == Presence.REQUIRED_NULLABLE) {
                required.add(p);
            }
        }
        if (!required.isEmpty()) {
            build.addJavadoc("@throws IllegalStateException naming every required property that was not set\n");
            // One test of them all first, so that the list of names is only made when something is missing; then
            // one line per property. 'this.x': a property may be named like the local list, 'missing'.
            List<List<PropertyShape>> chunks = PropertyChunks.of(required);
            if (chunks.size() == 1) {
                build.beginControlFlow("if ($L)", anyMissing(required))
                        .addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
                required.forEach(p -> addIfMissing(build, p));
            } else {
                // A large class tests and lists its required properties chunk by chunk (see PropertyChunks).
                CodeBlock.Builder anyMissing = CodeBlock.builder();
                for (int i = 0; i < chunks.size(); i++) {
                    String test = "anyMissing$" + i;
                    String list = "listMissing$" + i;
                    helpers.add(MethodSpec.methodBuilder(test).addModifiers(Modifier.PRIVATE).returns(boolean.class)
                            .addStatement("return $L", anyMissing(chunks.get(i))).build());
                    MethodSpec.Builder lister = MethodSpec.methodBuilder(list).addModifiers(Modifier.PRIVATE)
                            .addParameter(ParameterizedTypeName.get(List.class, String.class), "missing");
                    chunks.get(i).forEach(p -> addIfMissing(lister, p));
                    helpers.add(lister.build());
                    anyMissing.add(i == 0 ? "$N()" : "$W|| $N()", test);
                }
                build.beginControlFlow("if ($L)", anyMissing.build())
                        .addStatement("$T<$T> missing = new $T<>()", List.class, String.class, ArrayList.class);
                for (int i = 0; i < chunks.size(); i++) {
                    build.addStatement("$N(missing)", "listMissing$" + i);
                }
            }
            build.addStatement("throw new $T($S + $T.join($S, missing))", IllegalStateException.class,
                            self.simpleName() + ": missing required properties: ", String.class, ", ")
                    .endControlFlow();
        }
        return build.addStatement("return new $T(this)", self).build();
    }

    private CodeBlock anyMissing(List<PropertyShape> required) {
        CodeBlock.Builder anyMissing = CodeBlock.builder();
        for (int i = 0; i < required.size(); i++) {
            anyMissing.add(i == 0 ? "$L" : "$W|| $L", missingTest(required.get(i)));
        }
        return anyMissing.build();
    }

    private void addIfMissing(MethodSpec.Builder method, PropertyShape p) {
        method.addStatement("if ($L) missing.add($L)", missingTest(p), JavaLiterals.string(p.wireName()));
    }

    private CodeBlock missingTest(PropertyShape p) {
        return p.presence() == Presence.REQUIRED ? CodeBlock.of("this.$N == null", p.name())
                : CodeBlock.of("!this.$N", isSetFlag(p));
    }
}
