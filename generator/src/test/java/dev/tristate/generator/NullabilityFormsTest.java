package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.read.ModelReader;
import dev.tristate.generator.read.SpecReader;
import dev.tristate.generator.support.Generation;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every way a spec can say "or null" yields the same model: nullable, with the type of the non-null values.
 * Swagger Parser drops several of these (3.0 $ref siblings, 3.1 'nullable', 3.0 {type: null}), so each has a case.
 */
class NullabilityFormsTest {

    private static final TypeRef STRING = new TypeRef.Scalar(TypeRef.Kind.STRING);
    private static final TypeRef TARGET = new TypeRef.Named("Target");

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "nullability-3.1.yaml, nullableKeyword, STRING",
        "nullability-3.1.yaml, typeArray, STRING",
        "nullability-3.1.yaml, oneOfNull, STRING",
        "nullability-3.1.yaml, anyOfNull, STRING",
        "nullability-3.1.yaml, refWithNullableSibling, TARGET",
        "nullability-3.1.yaml, allOfRefNullable, TARGET",
        "nullability-3.1.yaml, oneOfRefNull, TARGET",
        "nullability-3.1.yaml, constNullInOneOf, STRING",
        "nullability-3.0.yaml, nullableKeyword, STRING",
        "nullability-3.0.yaml, oneOfNull, STRING",
        "nullability-3.0.yaml, refWithNullableSibling, TARGET",
        "nullability-3.0.yaml, allOfRefNullable, TARGET",
        "nullability-3.1.yaml, refToNullableComponent, NULLABLE_TARGET",
        "nullability-3.1.yaml, refToNullableAlias, STRING",
        "nullability-3.0.yaml, refToNullableComponent, NULLABLE_TARGET",
        "nullability-3.0.yaml, refToNullableAlias, STRING",
    })
    void formYieldsNullableProperty(String fixture, String property, String type) throws Exception {
        PropertyModel p = properties(fixture).get(property);
        assertThat(p.nullable()).as("nullable").isTrue();
        assertThat(p.required()).isFalse();
        assertThat(p.type()).isEqualTo(type.equals("STRING") ? STRING
                : type.equals("TARGET") ? TARGET : new TypeRef.Named("NullableTarget"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "nullability-3.1.yaml, enumWithNull",
        "nullability-3.1.yaml, enumListingNullOnly",
        "nullability-3.0.yaml, enumWithNull",
        "nullability-3.0.yaml, enumListingNullOnly",
    })
    void enumListingNullIsNullableAndNullIsNotAConstant(String fixture, String property) throws Exception {
        PropertyModel p = properties(fixture).get(property);
        assertThat(p.nullable()).isTrue();
        assertThat(p.type()).isInstanceOf(TypeRef.Named.class);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
        "nullability-3.1.yaml, plain",
        "nullability-3.1.yaml, plainRef",
        "nullability-3.0.yaml, plain",
        "nullability-3.0.yaml, plainRef",
    })
    void withoutAnyFormNothingIsNullable(String fixture, String property) throws Exception {
        assertThat(properties(fixture).get(property).nullable()).isFalse();
    }

    private static Map<String, PropertyModel> properties(String fixture) throws Exception {
        Path spec = Generation.fixture(fixture);
        ModelReader.Result result = ModelReader.read(new SpecReader().read(spec, fixture));
        ObjectModel forms = result.model().types().stream()
                .filter(t -> t.className().equals("Forms"))
                .map(ObjectModel.class::cast)
                .findFirst()
                .orElseThrow();
        return forms.properties().stream().collect(Collectors.toMap(PropertyModel::wireName, Function.identity()));
    }
}
