package dev.tristate.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tristate.generator.model.ViewModel;
import javax.lang.model.element.Modifier;

/** An allOf base's getters as an interface, so code written for the base takes every class built on it. */
final class ViewEmitter {

    private final JavaTypes types;
    private final String specLine;

    ViewEmitter(JavaTypes types, String specLine) {
        this.types = types;
        this.specLine = specLine;
    }

    TypeSpec emit(ViewModel model, ClassName self) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(self)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("$L", Javadoc.paragraphs(
                        "The properties of {@link " + model.baseClass() + "}, implemented by it and by every schema"
                                + " that extends it with <code>allOf</code>.\n",
                        specLine))
                .addAnnotation(Annotations.generated());
        model.properties().forEach(p -> {
            PropertyShape shape = new PropertyShape(p, types);
            type.addMethod(MethodSpec.methodBuilder(shape.getterName())
                    .addJavadoc("See {@link $L#$L()}.\n", model.baseClass(), shape.getterName())
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .returns(shape.getterType())
                    .build());
        });
        return type.build();
    }
}
