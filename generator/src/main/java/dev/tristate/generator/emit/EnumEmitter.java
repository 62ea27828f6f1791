package dev.tristate.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.tristate.generator.model.EnumModel;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A string enum as an open enum: a final class with one constant per listed value, that also holds values the
 * spec did not list (a newer server's), writes them back unchanged, and offers a nested Java enum for switches.
 */
final class EnumEmitter {

    private static final String UNRECOGNIZED = "UNRECOGNIZED";

    private final String specLine;

    EnumEmitter(String specLine) {
        this.specLine = specLine;
    }

    TypeSpec emit(EnumModel model, ClassName self) {
        ClassName known = self.nestedClass("Known");
        TypeName valueType = model.integer() ? TypeName.LONG : JavaTypes.STRING;
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", Javadoc.paragraphs(Javadoc.of(model.docs()),
                        "<p>An open enum: values this version of the spec does not list are kept as they are"
                                + " (see {@link #isKnown()}).\n",
                        specLine))
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
        type.addMethod(MethodSpec.methodBuilder("value")
                .addJavadoc("The value exactly as on the wire.\n")
                .addAnnotation(Annotations.JSON_VALUE)
                .addModifiers(Modifier.PUBLIC)
                .returns(valueType)
                .addStatement("return value")
                .build());
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
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(Object.class, "other")
                .addStatement(model.integer()
                        ? "return other instanceof $T && value == (($T) other).value"
                        : "return other instanceof $T && value.equals((($T) other).value)", self, self)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(int.class)
                .addStatement(model.integer() ? "return Long.hashCode(value)" : "return value.hashCode()")
                .build());
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement(model.integer() ? "return String.valueOf(value)" : "return value")
                .build());
        type.addType(knownEnum(model, known));
        return type.build();
    }

    private static MethodSpec of(EnumModel model, ClassName self, ClassName known) {
        CodeBlock.Builder body = CodeBlock.builder();
        if (model.integer()) {
            // Java has no switch on long.
            for (EnumModel.EnumConstant constant : model.constants()) {
                body.beginControlFlow("if (value == $L)", literal(model, constant.wireValue()))
                        .addStatement("return $L", constant.javaName())
                        .endControlFlow();
            }
            body.addStatement("return new $T(value, $T.$L)", self, known, UNRECOGNIZED);
        } else {
            body.addStatement("$T.requireNonNull(value, $S)", Objects.class, self.simpleName() + " value")
                    .add("switch (value) {\n").indent();
            for (EnumModel.EnumConstant constant : model.constants()) {
                body.add("case $S:\n", constant.wireValue()).indent()
                        .addStatement("return $L", constant.javaName())
                        .unindent();
            }
            body.add("default:\n").indent()
                    .addStatement("return new $T(value, $T.$L)", self, known, UNRECOGNIZED)
                    .unindent().unindent().add("}\n");
        }
        return MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for a listed value, or a new instance holding any other value.\n")
                .addAnnotation(AnnotationSpec.builder(Annotations.JSON_CREATOR)
                        .addMember("mode", "$T.Mode.DELEGATING", Annotations.JSON_CREATOR).build())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(self)
                .addParameter(model.integer() ? TypeName.LONG : JavaTypes.STRING, "value")
                .addCode(body.build())
                .build();
    }

    private static CodeBlock literal(EnumModel model, String wireValue) {
        return model.integer() ? CodeBlock.of("$LL", wireValue) : CodeBlock.of("$S", wireValue);
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
