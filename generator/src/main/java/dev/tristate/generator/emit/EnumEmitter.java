package dev.tristate.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tristate.generator.model.EnumModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * A string enum as an open enum: a final class with one constant per listed value, that also holds values the
 * spec did not list (a newer server's), writes them back unchanged, and offers a nested Java enum for switches.
 * An enum with more values than {@link LargeEnums#CHUNK} is emitted in chunks, to stay within the JVM's limits.
 */
final class EnumEmitter {

    private static final String UNRECOGNIZED = "UNRECOGNIZED";

    private final String specLine;

    EnumEmitter(String specLine) {
        this.specLine = specLine;
    }

    TypeSpec emit(EnumModel model, ClassName self) {
        if (LargeEnums.isLarge(model)) {
            return new LargeEnumEmitter(specLine).emit(model, self);
        }
        ClassName known = self.nestedClass("Known");
        TypeName valueType = model.integer() ? TypeName.LONG : JavaTypes.STRING;
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", classJavadoc(model, specLine))
                .addAnnotation(Annotations.generated());
        if (model.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        for (EnumModel.EnumConstant constant : model.constants()) {
            type.addField(FieldSpec.builder(self, constant.javaName(), Modifier.PUBLIC, Modifier.STATIC,
                            Modifier.FINAL)
                    .initializer("new $T($L, $T.$L)", self, literal(model, constant.wireValue()), known,
                            constant.javaName())
                    .build());
        }
        type.addField(valueType, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(known, "known", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(valueType, "value")
                .addParameter(known, "known")
                .addStatement("this.value = value")
                .addStatement("this.known = known")
                .build());
        type.addMethod(of(model, self, known));
        type.addMethod(valueMethod(valueType));
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addJavadoc("Whether the spec lists this value.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return known != $T.$L", known, UNRECOGNIZED)
                .build());
        type.addMethod(MethodSpec.methodBuilder("known")
                .addJavadoc("The listed value as a Java enum, for {@code switch}; {@link Known#$L} for any other.\n",
                        UNRECOGNIZED)
                .addModifiers(Modifier.PUBLIC)
                .returns(known)
                .addStatement("return known")
                .build());
        type.addMethods(valueObjectMethods(self, model.integer()));
        type.addType(knownEnum(model, known));
        return type.build();
    }

    /** {@code value()}: the wire value, which Jackson writes. */
    static MethodSpec valueMethod(TypeName valueType) {
        return MethodSpec.methodBuilder("value")
                .addJavadoc("The value exactly as on the wire.\n")
                .addAnnotation(Annotations.JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(valueType)
                .addStatement("return value")
                .build();
    }

    /** {@code equals}, {@code hashCode} and {@code toString}, by wire value. */
    static List<MethodSpec> valueObjectMethods(ClassName self, boolean integer) {
        return List.of(
                MethodSpec.methodBuilder("equals")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameter(Object.class, "other")
                        .addStatement(integer
                                ? "return other instanceof $T && value == (($T) other).value"
                                : "return other instanceof $T && value.equals((($T) other).value)", self, self)
                        .build(),
                MethodSpec.methodBuilder("hashCode")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(int.class)
                        .addStatement(integer ? "return Long.hashCode(value)" : "return value.hashCode()")
                        .build(),
                MethodSpec.methodBuilder("toString")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(String.class)
                        .addStatement(integer ? "return String.valueOf(value)" : "return value")
                        .build());
    }

    /** The Javadoc of the class: the spec's text, what an open enum is, and which spec made it. */
    static String classJavadoc(EnumModel model, String specLine, String... notes) {
        String[] blocks = new String[notes.length + 3];
        blocks[0] = Javadoc.of(model.docs());
        blocks[1] = "<p>An open enum: values this version of the spec does not list are kept as they are"
                + " (see {@link #isKnown()}).\n";
        System.arraycopy(notes, 0, blocks, 2, notes.length);
        blocks[blocks.length - 1] = specLine;
        return Javadoc.paragraphs(blocks);
    }

    private static MethodSpec of(EnumModel model, ClassName self, ClassName known) {
        CodeBlock otherwise = CodeBlock.of("return new $T(value, $T.$L)", self, known, UNRECOGNIZED);
        if (!model.integer()) {
            return ofMethod(self, switchOnValue(model.constants(), otherwise));
        }
        // Java has no switch on long.
        CodeBlock.Builder body = CodeBlock.builder();
        for (EnumModel.EnumConstant constant : firstOfEachValue(model.constants())) {
            body.beginControlFlow("if (value == $L)", literal(model, constant.wireValue()))
                    .addStatement("return $L", constant.javaName())
                    .endControlFlow();
        }
        return MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for a listed value, or a new instance holding any other value.\n")
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(TypeName.LONG, "value")
                .addCode(body.addStatement(otherwise).build())
                .build();
    }

    private static CodeBlock literal(EnumModel model, String wireValue) {
        return model.integer() ? CodeBlock.of("$LL", wireValue) : JavaLiterals.string(wireValue);
    }

    /** {@code of(String)}, which Jackson reads with: the null check, then {@code body}. */
    static MethodSpec ofMethod(ClassName self, CodeBlock body) {
        return MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for a listed value, or a new instance holding any other value.\n")
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "value")
                .addStatement("$T.requireNonNull(value, $S)", Objects.class, self.simpleName() + " value")
                .addCode(body)
                .build();
    }

    /** {@code switch (value)} returning each listed value's constant, and running {@code otherwise} for others. */
    static CodeBlock switchOnValue(List<EnumModel.EnumConstant> constants, CodeBlock otherwise) {
        CodeBlock.Builder body = CodeBlock.builder().add("switch (value) {\n").indent();
        for (EnumModel.EnumConstant constant : firstOfEachValue(constants)) {
            body.add("case $L:\n", JavaLiterals.string(constant.wireValue())).indent()
                    .addStatement("return $L", constant.javaName())
                    .unindent();
        }
        return body.add("default:\n").indent()
                .addStatement(otherwise)
                .unindent().unindent().add("}\n")
                .build();
    }

    /**
     * The constants a {@code switch} over wire values returns: a spec may list one value twice (or as both
     * {@code 1} and {@code "1"}), and a {@code case} label may appear only once; the first constant answers.
     */
    static List<EnumModel.EnumConstant> firstOfEachValue(List<EnumModel.EnumConstant> constants) {
        Set<String> seen = new HashSet<>();
        List<EnumModel.EnumConstant> first = new ArrayList<>();
        for (EnumModel.EnumConstant constant : constants) {
            if (seen.add(constant.wireValue())) {
                first.add(constant);
            }
        }
        return first;
    }

    private static TypeSpec knownEnum(EnumModel model, ClassName known) {
        TypeSpec.Builder known_ = TypeSpec.enumBuilder(known)
                .addJavadoc("The values the spec lists, and $L for any other.\n", UNRECOGNIZED)
                .addModifiers(Modifier.PUBLIC);
        for (EnumModel.EnumConstant constant : model.constants()) {
            known_.addEnumConstant(constant.javaName());
        }
        known_.addEnumConstant(UNRECOGNIZED);
        return known_.build();
    }
}
