package dev.tristate.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel.Presence;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.StringJoiner;
import javax.lang.model.element.Modifier;

/**
 * An object schema as an immutable final class with a builder. Jackson reads through the builder (so unknown
 * properties arrive in input order and required ones are checked in one place, {@code build()}) and writes the
 * annotated fields (so absent, null and value each keep their own JSON form).
 */
final class ObjectEmitter {

    private static final String UNKNOWN = "additionalProperties";

    private final JavaTypes types;
    private final JacksonTypes jackson;
    /** Null without beanValidation. */
    private final Validation validation;
    private final String specLine;

    ObjectEmitter(JavaTypes types, JacksonTypes jackson, Validation validation, String specLine) {
        this.types = types;
        this.jackson = jackson;
        this.validation = validation;
        this.specLine = specLine;
    }

    TypeSpec emit(ObjectModel model, ClassName self) {
        ClassName builder = self.nestedClass("Builder");
        TypeName unknownMap = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
                types.of(model.additionalValues()));
        List<PropertyShape> properties = new ArrayList<>();
        model.properties().forEach(p -> properties.add(new PropertyShape(p, types)));

        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", Javadoc.paragraphs(Javadoc.of(model.docs()), specLine))
                .addAnnotation(Annotations.generated())
                .addAnnotation(AnnotationSpec.builder(jackson.jsonDeserialize)
                        .addMember("builder", "$T.class", builder).build())
                .addAnnotation(Annotations.noGetterDetection())
                .addAnnotation(Annotations.jsonInclude("NON_ABSENT"))
                .addAnnotation(propertyOrder(properties));
        if (model.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        model.interfaces().forEach(name -> type.addSuperinterface(ClassName.get(self.packageName(), name)));
        for (PropertyShape p : properties) {
            type.addField(field(p));
        }
        type.addField(FieldSpec.builder(validation == null ? unknownMap
                        : validation.additionalPropertiesType(model.additionalValues(), model.additionalConstraints()),
                UNKNOWN, Modifier.PRIVATE, Modifier.FINAL).build());
        type.addMethod(constructor(properties, builder));
        type.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new $T()", builder)
                .build());
        type.addMethod(MethodSpec.methodBuilder("toBuilder")
                .addJavadoc("A builder holding this object's values, including unknown properties.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addStatement("return new $T(this)", builder)
                .build());
        for (PropertyShape p : properties) {
            type.addMethod(getter(p));
        }
        type.addMethod(MethodSpec.methodBuilder("getAdditionalProperties")
                .addJavadoc("Properties the spec does not declare, in the order they were read; written back as"
                        + " they came.\n")
                .addAnnotation(Annotations.JSON_ANY_GETTER)
                .addModifiers(Modifier.PUBLIC)
                .returns(unknownMap)
                .addStatement("return $L", UNKNOWN)
                .build());
        type.addMethods(equalsMethods(self, properties));
        type.addMethods(hashCodeMethods(properties));
        type.addMethods(toStringMethods(self, properties));
        type.addType(new BuilderEmitter(self, builder, properties, unknownMap, jackson).emit());
        return type.build();
    }

    private static AnnotationSpec propertyOrder(List<PropertyShape> properties) {
        CodeBlock.Builder names = CodeBlock.builder().add("{");
        for (int i = 0; i < properties.size(); i++) {
            names.add(i == 0 ? "$L" : ", $L", JavaLiterals.string(properties.get(i).wireName()));
        }
        return AnnotationSpec.builder(Annotations.JSON_PROPERTY_ORDER).addMember("value", names.add("}").build())
                .build();
    }

    private FieldSpec field(PropertyShape p) {
        FieldSpec.Builder field = FieldSpec.builder(validation == null ? p.fieldType() : validation.fieldType(p),
                        p.name(), Modifier.PRIVATE, Modifier.FINAL)
                .addAnnotation(Annotations.jsonProperty(p.wireName()));
        if (validation != null) {
            field.addAnnotations(validation.fieldAnnotations(p));
        }
        if (p.alwaysWritten()) {
            field.addAnnotation(Annotations.jsonInclude("ALWAYS"));
        }
        if (p.isTemporal()) {
            field.addAnnotation(Annotations.isoDateOut());
        }
        return field.build();
    }

    private static MethodSpec constructor(List<PropertyShape> properties, ClassName builder) {
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(builder, "builder");
        for (PropertyShape p : properties) {
            // A list, set or map is the builder's own copy or what Jackson made (BuilderEmitter): shared, not
            // copied, and only ever handed out through an unmodifiable view (getter).
            constructor.addStatement("this.$N = builder.$N", p.name(), p.name());
        }
        // The shared empty map costs nothing on read, and nothing on write, where Jackson walks it for
        // @JsonAnyGetter; the builder's map is null until an unknown property arrives.
        constructor.addStatement(
                "this.$L = builder.$L == null ? $T.emptyMap() : $T.unmodifiableMap(new $T<>(builder.$L))",
                UNKNOWN, UNKNOWN, Collections.class, Collections.class, LinkedHashMap.class, UNKNOWN);
        return constructor.build();
    }

    private static MethodSpec getter(PropertyShape p) {
        MethodSpec.Builder getter = MethodSpec.methodBuilder(p.getterName())
                .addModifiers(Modifier.PUBLIC)
                .returns(p.getterType());
        getter.addJavadoc("$L", Javadoc.paragraphs(Javadoc.of(p.property.docs()), contractLine(p)));
        if (p.property.docs().deprecated()) {
            getter.addAnnotation(Deprecated.class);
        }
        if (p.isCollection()) {
            return getter.addStatement("return $L", unmodifiableView(p)).build();
        }
        switch (p.presence()) {
            case REQUIRED:
            case OPTIONAL_NULLABLE:
                getter.addStatement("return $N", p.name());
                break;
            default:
                getter.addStatement("return $T.ofNullable($N)", JavaTypes.OPTIONAL, p.name());
        }
        return getter.build();
    }

    /**
     * A list, set or map is kept as it was read or copied, and handed out as an unmodifiable view: Jackson writes
     * the field itself, so writing walks the collection without the view's wrappers (a map's entry set, its
     * iterator and each entry would be wrapped).
     */
    private static CodeBlock unmodifiableView(PropertyShape p) {
        String view = p.isList() ? "unmodifiableList" : p.isSet() ? "unmodifiableSet" : "unmodifiableMap";
        switch (p.presence()) {
            case REQUIRED:
                return CodeBlock.of("$T.$L($N)", Collections.class, view, p.name());
            case OPTIONAL_NULLABLE:
                return CodeBlock.of("!$N.isPresent() || $N.get() == null ? $N : $T.of($T.$L($N.get()))", p.name(),
                        p.name(), p.name(), Annotations.JSON_NULLABLE, Collections.class, view, p.name());
            default:
                return CodeBlock.of("$N == null ? $T.empty() : $T.of($T.$L($N))", p.name(), JavaTypes.OPTIONAL,
                        JavaTypes.OPTIONAL, Collections.class, view, p.name());
        }
    }

    private static String contractLine(PropertyShape p) {
        String wire = "JSON property <code>" + Javadoc.escape(p.wireName()) + "</code>";
        switch (p.presence()) {
            case REQUIRED:
                return "<p>" + wire + ": required, never null.\n";
            case REQUIRED_NULLABLE:
                return "<p>" + wire + ": required, may be null (empty when null).\n";
            case OPTIONAL:
                return "<p>" + wire + ": optional (empty when absent), never null.\n";
            default:
                return "<p>" + wire + ": optional and nullable: undefined when absent, null when sent as null.\n";
        }
    }

    /**
     * {@code equals}, as one {@code &&} chain while the class is small, else one chain per {@link PropertyChunks}
     * chunk in helper methods: javac overflows its stack on a chain of about 1,500 terms.
     */
    private static List<MethodSpec> equalsMethods(ClassName self, List<PropertyShape> properties) {
        MethodSpec.Builder equals = MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T))", self)
                .addStatement("return false")
                .endControlFlow()
                .addStatement("$T that = ($T) other", self, self);
        List<List<PropertyShape>> chunks = PropertyChunks.of(properties);
        if (chunks.size() == 1) {
            return List.of(properties.isEmpty()
                    ? equals.addStatement("return this.$L.equals(that.$L)", UNKNOWN, UNKNOWN).build()
                    : equals.addStatement("return $L\n&& this.$L.equals(that.$L)", propertiesEqual(properties),
                            UNKNOWN, UNKNOWN).build());
        }
        List<MethodSpec> methods = new ArrayList<>();
        CodeBlock.Builder all = CodeBlock.builder();
        for (int i = 0; i < chunks.size(); i++) {
            String helper = "equals$" + i;
            methods.add(MethodSpec.methodBuilder(helper).addModifiers(Modifier.PRIVATE).returns(boolean.class)
                    .addParameter(self, "that").addStatement("return $L", propertiesEqual(chunks.get(i))).build());
            all.add("$N(that)\n&& ", helper);
        }
        methods.add(0, equals.addStatement("return $Lthis.$L.equals(that.$L)", all.build(), UNKNOWN, UNKNOWN)
                .build());
        return methods;
    }

    private static CodeBlock propertiesEqual(List<PropertyShape> properties) {
        CodeBlock.Builder comparison = CodeBlock.builder();
        for (int i = 0; i < properties.size(); i++) {
            PropertyShape p = properties.get(i);
            Class<?> by = p.isBytes() && p.presence() != Presence.OPTIONAL_NULLABLE ? Arrays.class : Objects.class;
            comparison.add(i == 0 ? "$T.equals(this.$N, that.$N)" : "\n&& $T.equals(this.$N, that.$N)", by,
                    p.name(), p.name());
        }
        return comparison.build();
    }

    /** {@code hashCode}: one {@code Objects.hash} call, or, for a large class, one per chunk combined by a last. */
    private static List<MethodSpec> hashCodeMethods(List<PropertyShape> properties) {
        MethodSpec.Builder hashCode = MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class);
        List<List<PropertyShape>> chunks = PropertyChunks.of(properties);
        if (chunks.size() == 1) {
            return List.of(hashCode.addStatement("return $T.hash($L$L)", Objects.class, hashed(properties, ", "),
                    UNKNOWN).build());
        }
        List<MethodSpec> methods = new ArrayList<>();
        CodeBlock.Builder all = CodeBlock.builder();
        for (int i = 0; i < chunks.size(); i++) {
            String helper = "hashCode$" + i;
            methods.add(MethodSpec.methodBuilder(helper).addModifiers(Modifier.PRIVATE).returns(int.class)
                    .addStatement("return $T.hash($L)", Objects.class, hashed(chunks.get(i), "")).build());
            all.add("$N(), ", helper);
        }
        methods.add(0, hashCode.addStatement("return $T.hash($L$L)", Objects.class, all.build(), UNKNOWN).build());
        return methods;
    }

    /** Each property's hashed value, separated by ", ", and {@code after} the last. */
    private static CodeBlock hashed(List<PropertyShape> properties, String after) {
        CodeBlock.Builder values = CodeBlock.builder();
        for (int i = 0; i < properties.size(); i++) {
            PropertyShape p = properties.get(i);
            String separator = i == properties.size() - 1 ? after : ", ";
            if (p.isBytes() && p.presence() != Presence.OPTIONAL_NULLABLE) {
                values.add("$T.hashCode($N)$L", Arrays.class, p.name(), separator);
            } else {
                values.add("$N$L", p.name(), separator);
            }
        }
        return values.build();
    }

    /**
     * Every property, secrets as {@code ****}. Unknown properties are listed by name only: the spec cannot say
     * whether a property it does not declare holds a secret. A large class adds its properties chunk by chunk in
     * helper methods, each within the JVM's 64 KB of code per method.
     */
    private static List<MethodSpec> toStringMethods(ClassName self, List<PropertyShape> properties) {
        MethodSpec.Builder toString = MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("$T text = new $T($S, $S, $S)", StringJoiner.class, StringJoiner.class, ", ",
                        self.simpleName() + "{", "}");
        List<List<PropertyShape>> chunks = PropertyChunks.of(properties);
        List<MethodSpec> methods = new ArrayList<>();
        if (chunks.size() == 1) {
            properties.forEach(p -> toString.addStatement("text.add($S + $L)", p.name() + "=", shown(p)));
        } else {
            for (int i = 0; i < chunks.size(); i++) {
                String helper = "toString$" + i;
                MethodSpec.Builder part = MethodSpec.methodBuilder(helper).addModifiers(Modifier.PRIVATE)
                        .addParameter(StringJoiner.class, "text");
                chunks.get(i).forEach(p -> part.addStatement("text.add($S + $L)", p.name() + "=", shown(p)));
                methods.add(part.build());
                toString.addStatement("$N(text)", helper);
            }
        }
        toString.beginControlFlow("if (!this.$L.isEmpty())", UNKNOWN)
                .addStatement("text.add($S + this.$L.keySet())", "additionalProperties=", UNKNOWN)
                .endControlFlow();
        methods.add(0, toString.addStatement("return text.toString()").build());
        return methods;
    }

    /** Fields are named as {@code this.x}: a property may share its name with a local such as {@code text}. */
    private static CodeBlock shown(PropertyShape p) {
        String field = "this." + p.name();
        String value = p.property.secret() ? "\"****\"" : (p.isBytes() ? "\"byte[\" + %s.length + \"]\"" : "%s");
        switch (p.presence()) {
            case REQUIRED:
                return CodeBlock.of("$L", String.format(value, field));
            case REQUIRED_NULLABLE:
                return CodeBlock.of("($L == null ? $S : $L)", field, "null", String.format(value, field));
            case OPTIONAL:
                return CodeBlock.of("($L == null ? $S : $L)", field, "<absent>", String.format(value, field));
            default:
                return CodeBlock.of("(!$L.isPresent() ? $S : $L.get() == null ? $S : $L)", field, "<absent>",
                        field, "null", String.format(value, field + ".get()"));
        }
    }
}
