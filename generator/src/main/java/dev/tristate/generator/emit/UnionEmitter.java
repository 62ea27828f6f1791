package dev.tristate.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import javax.lang.model.element.Modifier;

/**
 * A union as a sealed interface. Object variants implement it; every other variant is a nested record around its
 * value; {@code Unknown} keeps a value no variant reads. The nested {@code Reader} picks the variant: by the
 * discriminator when there is one and it names a variant, else by shape (the JSON type, then the object variant
 * whose required properties are all there and that declares most of what was sent), trying the next on failure.
 */
final class UnionEmitter {

    private static final TypeName NAMES = ParameterizedTypeName.get(ClassName.get(Set.class), JavaTypes.STRING);

    private final JavaTypes types;
    private final JacksonTypes jackson;
    private final String specLine;
    private final Function<String, TypeModel> typeNamed;
    /** Null without beanValidation. */
    private final Validation validation;

    UnionEmitter(JavaTypes types, JacksonTypes jackson, String specLine, Function<String, TypeModel> typeNamed,
            Validation validation) {
        this.types = types;
        this.jackson = jackson;
        this.specLine = specLine;
        this.typeNamed = typeNamed;
        this.validation = validation;
    }

    TypeSpec emit(UnionModel model, ClassName self) {
        ClassName unknown = self.nestedClass("Unknown");
        ClassName reader = self.nestedClass("Reader");
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.SEALED)
                .addJavadoc("$L", Javadoc.paragraphs(Javadoc.of(model.docs()), variantList(model), specLine))
                .addAnnotation(Annotations.generated())
                .addAnnotation(AnnotationSpec.builder(jackson.jsonDeserialize)
                        .addMember("using", "$T.class", reader).build());
        if (model.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        for (UnionModel.Variant variant : model.variants()) {
            type.addPermittedSubclass(variant.wrapped()
                    ? self.nestedClass(variant.wrapperName()) : types.of(variant.type()));
        }
        type.addPermittedSubclass(unknown);
        for (UnionModel.Variant variant : model.variants()) {
            if (variant.wrapped()) {
                TypeName valueType = validation == null ? types.of(variant.type())
                        : validation.wrappedValueType(variant.type(), variant.constraints());
                type.addType(wrapper(self, self.nestedClass(variant.wrapperName()), valueType,
                        JavaTypes.isTemporal(variant.type()), "A " + Javadoc.escape(javaText(variant)) + " value."));
            }
        }
        type.addType(wrapper(self, unknown, jackson.jsonNode, false,
                "A value this version of the spec does not describe, kept as it came and written back unchanged."));
        type.addType(reader(model, self, reader, unknown));
        return type.build();
    }

    private String javaText(UnionModel.Variant variant) {
        return types.of(variant.type()).toString().replaceAll("[a-z0-9_]+\\.", "");
    }

    private static String variantList(UnionModel model) {
        StringBuilder text = new StringBuilder("<p>One of: ");
        for (int i = 0; i < model.variants().size(); i++) {
            UnionModel.Variant variant = model.variants().get(i);
            text.append(i == 0 ? "" : ", ").append("{@link ")
                    .append(variant.wrapped() ? variant.wrapperName() : ((TypeRef.Named) variant.type()).className())
                    .append("}");
            if (!variant.discriminatorValues().isEmpty()) {
                text.append(" (<code>").append(Javadoc.escape(model.discriminator())).append("</code> ")
                        .append(Javadoc.escape(String.join(" or ", variant.discriminatorValues()))).append(")");
            }
        }
        return text.append("; or {@link Unknown}.\n").toString();
    }

    private static TypeSpec wrapper(ClassName union, ClassName self, TypeName valueType, boolean temporal,
            String doc) {
        ParameterSpec.Builder value = ParameterSpec.builder(valueType, "value").addAnnotation(Annotations.JSON_VALUE);
        if (temporal) {
            value.addAnnotation(Annotations.isoDateOut());
        }
        return TypeSpec.recordBuilder(self)
                .addJavadoc("$L\n", doc)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addSuperinterface(union)
                .recordConstructor(MethodSpec.compactConstructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(value.build())
                        .addStatement("$T.requireNonNull(value, $S)", Objects.class,
                                union.simpleName() + "." + self.simpleName() + ": value cannot be null")
                        .build())
                .build();
    }

    private TypeSpec reader(UnionModel model, ClassName self, ClassName reader, ClassName unknown) {
        TypeSpec.Builder type = TypeSpec.classBuilder(reader)
                .addJavadoc("Reads a {@link $T}, choosing the variant as the interface describes.\n", self)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(jackson.stdDeserializer, self));
        if (jackson.serializableDeserializers()) {
            type.addField(FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC,
                    Modifier.FINAL).initializer("1L").build());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("super($T.class)", self)
                        .build());
        List<UnionModel.Variant> variants = model.variants();
        boolean discriminated = !model.discriminator().isEmpty()
                && variants.stream().anyMatch(v -> !v.discriminatorValues().isEmpty() && !v.wrapped());
        for (int i = 0; i < variants.size(); i++) {
            if (!variants.get(i).wrapped()) {
                type.addField(names("REQUIRED_" + i, variants.get(i).requiredNames()));
                type.addField(names("DECLARED_" + i, variants.get(i).declaredNames()));
            }
        }
        MethodSpec.Builder read = MethodSpec.methodBuilder("deserialize")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(self)
                .addParameter(jackson.jsonParser, "parser")
                .addParameter(jackson.deserializationContext, "context");
        if (jackson.checkedExceptions()) {
            read.addException(IOException.class);
        }
        // The tokens are kept as they came (a tree would turn every decimal into a double) for the variant
        // chosen, and the tree only decides which that is.
        read.addStatement("$T tokens = context.bufferAsCopyOfValue(parser)", jackson.tokenBuffer)
                .addStatement("$T json = context.readTree($L)", jackson.jsonNode, jackson.tokensParser());
        if (discriminated) {
            read.addStatement("boolean named = json.path($L).$L()", JavaLiterals.string(model.discriminator()),
                            jackson.isString())
                    .beginControlFlow("if (named)")
                    .beginControlFlow("switch (json.get($L).$L())",
                            JavaLiterals.string(model.discriminator()), jackson.stringValue());
            for (UnionModel.Variant variant : variants) {
                if (variant.wrapped() || variant.discriminatorValues().isEmpty()) {
                    continue;
                }
                for (String value : variant.discriminatorValues()) {
                    read.addCode("case $L:\n", JavaLiterals.string(value));
                }
                read.addStatement("$>return context.readValue($L, $T.class)$<", jackson.tokensParser(),
                        types.of(variant.type()));
            }
            read.addCode("default:\n").addStatement("$>break$<").endControlFlow().endControlFlow();
        }
        CodeBlock.Builder fits = CodeBlock.builder().add("int[] fit = {$>\n");
        for (int i = 0; i < variants.size(); i++) {
            fits.add("$L$L\n", fit(variants.get(i), i, discriminated), i + 1 < variants.size() ? "," : "");
        }
        read.addCode(fits.add("$<};\n").build());
        read.beginControlFlow("for (int variant : bestFirst(fit))")
                .beginControlFlow("try")
                .beginControlFlow("switch (variant)");
        boolean readsJson = false;
        for (int i = 0; i < variants.size(); i++) {
            readsJson |= readsTokens(variants.get(i));
            read.addCode("case $L:\n", i).addStatement("$>return $L$<", construct(self, variants.get(i)));
        }
        read.addCode("default:\n").addStatement("$>break$<")
                .endControlFlow()
                .nextControlFlow("catch ($L e)",
                        readsJson && jackson.checkedExceptions() ? "IOException | RuntimeException" : "RuntimeException")
                .addComment("not this variant: try the next")
                .endControlFlow()
                .endControlFlow()
                .addStatement("return new $T(json)", unknown);
        type.addMethod(read.build());
        type.addMethod(fitObject(jackson));
        type.addMethod(bestFirst());
        return type.build();
    }

    private static FieldSpec names(String name, List<String> wireNames) {
        CodeBlock.Builder values = CodeBlock.builder().add("$T.of(", Set.class);
        for (int i = 0; i < wireNames.size(); i++) {
            values.add(i == 0 ? "$L" : ", $L", JavaLiterals.string(wireNames.get(i)));
        }
        return FieldSpec.builder(NAMES, name, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(values.add(")").build())
                .build();
    }

    /**
     * How well the JSON fits a variant: -1 not at all; for objects, how many of the sent properties it declares;
     * for values, 1 for a type that says more than its JSON type (a date, an int, a listed enum value), else 0.
     */
    private CodeBlock fit(UnionModel.Variant variant, int index, boolean discriminated) {
        if (!variant.wrapped()) {
            String prefix = discriminated && !variant.discriminatorValues().isEmpty() ? "named ? -1 : " : "";
            return CodeBlock.of("$LfitObject(json, REQUIRED_$L, DECLARED_$L)", prefix, index, index);
        }
        TypeRef type = variant.type();
        if (type instanceof TypeRef.ListOf) {
            return CodeBlock.of("json.isArray() ? 0 : -1");
        }
        if (type instanceof TypeRef.MapOf) {
            return CodeBlock.of("json.isObject() ? 0 : -1");
        }
        if (type instanceof TypeRef.Named) {
            TypeModel target = typeNamed.apply(((TypeRef.Named) type).className());
            if (target instanceof EnumModel) {
                EnumModel enumModel = (EnumModel) target;
                return enumModel.integer()
                        ? CodeBlock.of("json.canConvertToLong() && json.isIntegralNumber() ? ($T.of(json.longValue())"
                                + ".isKnown() ? 2 : 0) : -1", types.of(type))
                        : CodeBlock.of(jackson.adapt("json.isTextual() ? ($T.of(json.textValue()).isKnown() ? 2 : 0) : -1"),
                                types.of(type));
            }
            return CodeBlock.of("0");
        }
        switch (((TypeRef.Scalar) type).kind()) {
            case STRING:
                return CodeBlock.of(jackson.adapt("json.isTextual() ? 0 : -1"));
            case DATE_TIME:
            case DATE:
            case UUID:
            case URI:
            case BYTES:
                return CodeBlock.of(jackson.adapt("json.isTextual() ? 1 : -1"));
            case INT32:
                return CodeBlock.of("json.isIntegralNumber() && json.canConvertToInt() ? 1 : -1");
            case INT64:
                return CodeBlock.of("json.isIntegralNumber() && json.canConvertToLong() ? 1 : -1");
            case FLOAT:
            case DOUBLE:
            case DECIMAL:
                return CodeBlock.of("json.isNumber() ? 0 : -1");
            case BOOLEAN:
                return CodeBlock.of("json.isBoolean() ? 0 : -1");
            case ANY:
            default:
                return CodeBlock.of("0");
        }
    }

    /** Whether reading the variant goes through Jackson (or base64), which may throw IOException. */
    private static boolean readsTokens(UnionModel.Variant variant) {
        if (!variant.wrapped() || !(variant.type() instanceof TypeRef.Scalar)) {
            return true;
        }
        TypeRef.Kind kind = ((TypeRef.Scalar) variant.type()).kind();
        return kind == TypeRef.Kind.DECIMAL || kind == TypeRef.Kind.BYTES || kind == TypeRef.Kind.ANY;
    }

    private CodeBlock construct(ClassName self, UnionModel.Variant variant) {
        TypeName valueType = types.of(variant.type());
        if (!variant.wrapped()) {
            return CodeBlock.of(jackson.adapt("context.readValue(tokens.asParserOnFirstToken(), $T.class)"), valueType);
        }
        ClassName wrapper = self.nestedClass(variant.wrapperName());
        return CodeBlock.of("new $T($L)", wrapper, value(variant.type(), valueType));
    }

    /** Scalars are converted here, not by Jackson: a date keeps the offset it was sent with. */
    private CodeBlock value(TypeRef type, TypeName valueType) {
        // Numbers other than integers are read from the tokens, which keep every digit that was sent.
        if (type instanceof TypeRef.Scalar) {
            switch (((TypeRef.Scalar) type).kind()) {
                case STRING:
                    return CodeBlock.of(jackson.adapt("json.textValue()"));
                case INT32:
                    return CodeBlock.of("json.intValue()");
                case INT64:
                    return CodeBlock.of("json.longValue()");
                case FLOAT:
                    return CodeBlock.of("json.floatValue()");
                case DOUBLE:
                    return CodeBlock.of("json.doubleValue()");
                case DECIMAL:
                    return CodeBlock.of(jackson.adapt("context.readValue(tokens.asParserOnFirstToken(), $T.class)"),
                            java.math.BigDecimal.class);
                case BOOLEAN:
                    return CodeBlock.of("json.booleanValue()");
                case DATE_TIME:
                    return CodeBlock.of(jackson.adapt("$T.parse(json.textValue())"), OffsetDateTime.class);
                case DATE:
                    return CodeBlock.of(jackson.adapt("$T.parse(json.textValue())"), LocalDate.class);
                case UUID:
                    return CodeBlock.of(jackson.adapt("$T.fromString(json.textValue())"), java.util.UUID.class);
                case URI:
                    return CodeBlock.of(jackson.adapt("$T.create(json.textValue())"), java.net.URI.class);
                case BYTES:
                    return CodeBlock.of("json.binaryValue()");
                default:
                    return CodeBlock.of(jackson.adapt("context.readValue(tokens.asParserOnFirstToken(), $T.class)"), Object.class);
            }
        }
        if (type instanceof TypeRef.Named) {
            return CodeBlock.of(jackson.adapt("context.readValue(tokens.asParserOnFirstToken(), $T.class)"), valueType);
        }
        return CodeBlock.of(jackson.adapt("context.readValue(tokens.asParserOnFirstToken(),")
                + " context.getTypeFactory().constructType(new $T() {}))",
                ParameterizedTypeName.get(jackson.typeReference, valueType));
    }

    private static MethodSpec fitObject(JacksonTypes jackson) {
        MethodSpec.Builder fitObject = MethodSpec.methodBuilder("fitObject")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int.class)
                .addParameter(jackson.jsonNode, "json")
                .addParameter(NAMES, "required")
                .addParameter(NAMES, "declared")
                .beginControlFlow("if (!json.isObject())")
                .addStatement("return -1")
                .endControlFlow()
                .beginControlFlow("for ($T name : required)", String.class)
                .beginControlFlow("if (!json.has(name))")
                .addStatement("return -1")
                .endControlFlow()
                .endControlFlow()
                .addStatement("int fit = 0");
        if (jackson.checkedExceptions()) {
            fitObject.beginControlFlow("for ($T<$T> names = json.fieldNames(); names.hasNext(); )",
                            java.util.Iterator.class, String.class)
                    .addStatement("fit += declared.contains(names.next()) ? 1 : 0");
        } else {
            // Jackson 3: fieldNames() became propertyNames(), a collection.
            fitObject.beginControlFlow("for ($T name : json.propertyNames())", String.class)
                    .addStatement("fit += declared.contains(name) ? 1 : 0");
        }
        return fitObject.endControlFlow()
                .addStatement("return fit")
                .build();
    }

    /** Variant indexes that fit at all, best fit first; equal fits keep the spec's order. */
    private static MethodSpec bestFirst() {
        return MethodSpec.methodBuilder("bestFirst")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(int[].class)
                .addParameter(int[].class, "fit")
                .addStatement("return $T.range(0, fit.length).filter(i -> fit[i] >= 0).boxed()"
                        + ".sorted((a, b) -> fit[b] - fit[a]).mapToInt(Integer::intValue).toArray()",
                        ClassName.get("java.util.stream", "IntStream"))
                .build();
    }
}
