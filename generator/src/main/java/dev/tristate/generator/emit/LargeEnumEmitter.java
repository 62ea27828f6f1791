package dev.tristate.generator.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.tristate.generator.model.EnumModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Modifier;

/**
 * An open enum with more values than one method can handle (see {@link LargeEnums}): the same public constants,
 * {@code of}, {@code value()} and {@code isKnown()} as a small one, but no nested Java {@code enum} (which cannot
 * hold that many constants). The constants are created in private nested classes of {@link LargeEnums#CHUNK} each,
 * each also finding its own values for {@code of}; the class's own static initializer only copies each constant
 * (6 bytes of bytecode apiece), which bounds an enum at about 10,900 values.
 */
final class LargeEnumEmitter {

    private final String specLine;

    LargeEnumEmitter(String specLine) {
        this.specLine = specLine;
    }

    TypeSpec emit(EnumModel model, ClassName self) {
        List<List<EnumModel.EnumConstant>> chunks = chunks(model.constants());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("$L", EnumEmitter.classJavadoc(model, specLine, String.format(Locale.ROOT,
                        "<p>The spec lists %,d values, more than a nested Java {@code enum} can hold, so this class"
                                + " has no {@code known()}: compare with the constants or {@link #value()}.\n",
                        model.constants().size())))
                .addAnnotation(Annotations.generated());
        if (model.docs().deprecated()) {
            type.addAnnotation(Deprecated.class);
        }
        for (int i = 0; i < chunks.size(); i++) {
            ClassName chunk = self.nestedClass(chunkName(self, i));
            for (EnumModel.EnumConstant constant : chunks.get(i)) {
                type.addField(FieldSpec.builder(self, constant.javaName(), Modifier.PUBLIC, Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$T.$L", chunk, constant.javaName())
                        .build());
            }
        }
        type.addField(String.class, "value", Modifier.PRIVATE, Modifier.FINAL);
        type.addField(boolean.class, "listed", Modifier.PRIVATE, Modifier.FINAL);
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value")
                .addParameter(boolean.class, "listed")
                .addStatement("this.value = value")
                .addStatement("this.listed = listed")
                .build());
        type.addMethod(EnumEmitter.ofMethod(self, findInChunks(self, chunks.size())));
        type.addMethod(EnumEmitter.valueMethod(JavaTypes.STRING));
        type.addMethod(MethodSpec.methodBuilder("isKnown")
                .addJavadoc("Whether the spec lists this value.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addStatement("return listed")
                .build());
        type.addMethods(EnumEmitter.valueObjectMethods(self, false));
        for (int i = 0; i < chunks.size(); i++) {
            type.addType(chunk(self, i, chunks.get(i), model.constants().size()));
        }
        return type.build();
    }

    /** Asks each chunk in turn; a value listed twice is found in the chunk of its first constant. */
    private static CodeBlock findInChunks(ClassName self, int count) {
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T listed = $L.find(value)", self, chunkName(self, 0));
        for (int i = 1; i < count; i++) {
            body.beginControlFlow("if (listed == null)")
                    .addStatement("listed = $L.find(value)", chunkName(self, i))
                    .endControlFlow();
        }
        return body.addStatement("return listed != null ? listed : new $T(value, false)", self).build();
    }

    private static TypeSpec chunk(ClassName self, int index, List<EnumModel.EnumConstant> constants, int total) {
        TypeSpec.Builder chunk = TypeSpec.classBuilder(chunkName(self, index))
                .addJavadoc("$L", String.format(Locale.ROOT, "Values %,d to %,d of %,d.\n",
                        index * LargeEnums.CHUNK + 1, index * LargeEnums.CHUNK + constants.size(), total))
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL);
        for (EnumModel.EnumConstant constant : constants) {
            chunk.addField(FieldSpec.builder(self, constant.javaName(), Modifier.STATIC, Modifier.FINAL)
                    .initializer("new $T($L, true)", self, JavaLiterals.string(constant.wireValue()))
                    .build());
        }
        chunk.addMethod(MethodSpec.methodBuilder("find")
                .addModifiers(Modifier.STATIC)
                .returns(self)
                .addParameter(String.class, "value")
                .addCode(EnumEmitter.switchOnValue(constants, CodeBlock.of("return null")))
                .build());
        return chunk.build();
    }

    private static List<List<EnumModel.EnumConstant>> chunks(List<EnumModel.EnumConstant> constants) {
        List<List<EnumModel.EnumConstant>> chunks = new ArrayList<>();
        for (int from = 0; from < constants.size(); from += LargeEnums.CHUNK) {
            chunks.add(constants.subList(from, Math.min(from + LargeEnums.CHUNK, constants.size())));
        }
        return chunks;
    }

    /** {@code Listed0}, …; a nested class may not share its enclosing class's name. */
    private static String chunkName(ClassName self, int index) {
        String name = "Listed" + index;
        return name.equals(self.simpleName()) ? "ListedValues" + index : name;
    }
}
