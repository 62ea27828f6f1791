package dev.tristate.generator.evolution;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;
import dev.tristate.generator.model.ViewModel;
import dev.tristate.generator.write.OutputFailure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The intermediate model as JSON, so the next run can tell what changed. Type information is added through
 * mix-ins, which keeps the model package free of serialisation concerns.
 */
public final class ModelJson {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addMixIn(TypeModel.class, TypeModelMixin.class)
            .addMixIn(TypeRef.class, TypeRefMixin.class)
            .build();

    private ModelJson() {}

    public static void write(ApiModel model, Path file) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), model);
        } catch (IOException e) {
            throw new OutputFailure("write the model record", file, e);
        }
    }

    /** One type's model as JSON text: what emission keys digest. */
    public static String text(TypeModel type) {
        try {
            return JSON.writerFor(TypeModel.class).writeValueAsString(type);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a model type cannot be written as JSON: " + type.className(), e);
        }
    }

    /** The model recorded in a file; empty when there is none or it is from an incompatible version. */
    public static Optional<ApiModel> read(Path file) {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), ApiModel.class));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = ObjectModel.class, name = "object"),
        @JsonSubTypes.Type(value = EnumModel.class, name = "enum"),
        @JsonSubTypes.Type(value = UnionModel.class, name = "union"),
        @JsonSubTypes.Type(value = ViewModel.class, name = "view")
    })
    private interface TypeModelMixin {}

    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "kind")
    @JsonSubTypes({
        @JsonSubTypes.Type(value = TypeRef.Scalar.class, name = "scalar"),
        @JsonSubTypes.Type(value = TypeRef.ListOf.class, name = "list"),
        @JsonSubTypes.Type(value = TypeRef.MapOf.class, name = "map"),
        @JsonSubTypes.Type(value = TypeRef.Named.class, name = "named")
    })
    private interface TypeRefMixin {}
}
