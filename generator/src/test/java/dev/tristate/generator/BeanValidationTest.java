package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import dev.tristate.generator.support.JsonBinding;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * beanValidation: code generated from fixtures/validation.yaml (3.1) and validation-30.yaml (3.0), read from JSON
 * with Jackson 2 and with Jackson 3, validated with Hibernate Validator. One row per property kind and
 * constraint, valid and invalid: the violations must name exactly the properties listed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BeanValidationTest {

    /** Every required property, so a row changes one thing. */
    private static final String BASE = "\"reqName\":\"ab\",\"reqNullName\":null";

    private ValidatorFactory factory;
    private Validator validator;
    private GenerationResult result;
    private final java.util.Map<JacksonVersion, InMemoryCompiler.Compiled> compiled =
            new java.util.EnumMap<>(JacksonVersion.class);

    @BeforeAll
    void compile() {
        for (JacksonVersion jackson : JacksonVersion.values()) {
            Path out = Generation.tempDir("validation");
            result = generate("validation.yaml", out, "it.valid", jackson);
            generate("validation-30.yaml", out, "it.valid30", jackson);
            InMemoryCompiler.Compiled classes = InMemoryCompiler.compile(out);
            assertThat(classes.warnings()).as("javac warnings").isEmpty();
            compiled.put(jackson, classes);
        }
        factory = jakarta.validation.Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    void close() {
        factory.close();
    }

    private static GenerationResult generate(String fixture, Path out, String pkg, JacksonVersion jackson) {
        return Generation.generate(GeneratorConfig.builder().inputSpec(Generation.fixture(fixture))
                .outputDirectory(out).packageName(pkg).jacksonVersion(jackson).beanValidation(true).build());
    }

    static Stream<Arguments> cases() {
        Object[][] rows = {
            // required, not nullable: @NotNull and the constraints
            {"", ""},
            {"\"reqName\":\"a\"", "reqName"},
            {"\"reqName\":\"abcdef\"", "reqName"},
            {"\"reqName\":\"abcde\"", ""},
            // required, nullable: null is valid, a value is checked
            {"\"reqNullName\":\"abc\"", ""},
            {"\"reqNullName\":\"abcd\"", "reqNullName"},
            // optional: absent is valid, a value is checked
            {"\"optName\":\"abc\"", ""},
            {"\"optName\":\"abcd\"", "optName"},
            {"\"optName\":null", ""},
            // optional nullable: absent and null are valid, a value is checked through JsonNullable
            {"\"optNullName\":null", ""},
            {"\"optNullName\":\"abc\"", ""},
            {"\"optNullName\":\"abcd\"", "optNullName"},
            // pattern: a search, as JSON Schema means it; ECMA's $ is the end of the input
            {"\"code\":\"ab123cd\"", ""},
            {"\"code\":\"12\"", "code"},
            {"\"code\":\"1\\n23\"", "code"},
            {"\"anchored\":\"abc\"", ""},
            {"\"anchored\":\"Abc\"", "anchored"},
            {"\"anchored\":\"abc\\n\"", "anchored"},
            // format: email
            {"\"email\":\"ada@example.com\"", ""},
            {"\"email\":\"not an email\"", "email"},
            // minimum, maximum, exclusive forms; a bound beyond a double
            {"\"count\":1", ""},
            {"\"count\":10", ""},
            {"\"count\":0", "count"},
            {"\"count\":11", "count"},
            {"\"ratio\":0.5", ""},
            {"\"ratio\":0", "ratio"},
            {"\"ratio\":1", "ratio"},
            {"\"big\":9007199254740993", ""},
            {"\"big\":9007199254740994", "big"},
            // minItems, maxItems; item constraints on the type argument
            {"\"tags\":[\"a\"]", ""},
            {"\"tags\":[]", "tags"},
            {"\"tags\":[\"a\",\"b\",\"c\"]", "tags"},
            {"\"tags\":[\"abcd\"]", "tags[0]"},
            {"\"optNullTags\":null", ""},
            {"\"optNullTags\":[\"a\",\"b\"]", ""},
            {"\"optNullTags\":[\"a\",\"b\",\"c\"]", "optNullTags"},
            {"\"optNullTags\":[\"\"]", "optNullTags[0]"},
            // maxProperties and value constraints of a map
            {"\"scores\":{\"a\":100,\"b\":2}", ""},
            {"\"scores\":{\"a\":1,\"b\":2,\"c\":3}", "scores"},
            {"\"scores\":{\"a\":101}", "scores[a]"},
            // nested models cascade (@Valid), also inside JsonNullable and lists
            {"\"child\":{\"name\":\"xy\"}", ""},
            {"\"child\":{\"name\":\"x\"}", "child.name"},
            {"\"optNullChild\":null", ""},
            {"\"optNullChild\":{\"name\":\"x\"}", "optNullChild.name"},
            {"\"children\":[{\"name\":\"xy\"},{\"name\":\"x\"}]", "children[1].name"},
            // a reference to a constrained string component
            {"\"shortCode\":\"ab\"", ""},
            {"\"shortCode\":\"abc\"", "shortCode"},
            // maxLength on a date-time does not apply to OffsetDateTime; multipleOf is not checked (a warning)
            {"\"when\":\"2024-04-22T18:55:28.456076123+05:30\"", ""},
            {"\"step\":0.3", ""},
            // several at once, each named
            {"\"reqName\":\"a\",\"optName\":\"abcd\",\"count\":0", "count, optName, reqName"},
        };
        return Stream.of(JacksonVersion.values()).flatMap(v -> Stream.of(rows)
                .map(row -> Arguments.of(v, row[0], row[1])));
    }

    @ParameterizedTest(name = "Jackson {0}: {1} -> [{2}]")
    @MethodSource("cases")
    void violationsNameExactlyTheInvalidProperties(JacksonVersion jackson, String json, String expected)
            throws Exception {
        Object checked = read(jackson, "it.valid.Checked", "{" + BASE + (json.isEmpty() ? "" : "," + json) + "}");
        assertThat(paths(validator.validate(checked))).as(json).isEqualTo(expected);
    }

    static Stream<Arguments> cases30() {
        Object[][] rows = {
            {"\"level\":2.5", ""},
            {"\"level\":0", "level"},
            {"\"level\":5", "level"},
            {"\"level\":4.999", ""},
            {"\"level\":1,\"note\":null", ""},
            {"\"level\":1,\"note\":\"abc\"", "note"},
            {"\"level\":1,\"pin\":\"1234\"", ""},
            {"\"level\":1,\"pin\":\"12345\"", "pin"},
            {"\"level\":1,\"pin\":\"1234\\n\"", "pin"},
        };
        return Stream.of(JacksonVersion.values()).flatMap(v -> Stream.of(rows)
                .map(row -> Arguments.of(v, row[0], row[1])));
    }

    /** OpenAPI 3.0's boolean exclusiveMinimum/exclusiveMaximum and nullable. */
    @ParameterizedTest(name = "Jackson {0}: {1} -> [{2}]")
    @MethodSource("cases30")
    void openApi30FormsAreValidatedAlike(JacksonVersion jackson, String json, String expected) throws Exception {
        Object bounded = read(jackson, "it.valid30.Bounded", "{" + json + "}");
        assertThat(paths(validator.validate(bounded))).as(json).isEqualTo(expected);
    }

    static Stream<Arguments> compositionCases() {
        Object[][] rows = {
            // typed additionalProperties: each value checked, named by its key
            {"Extras", "{\"name\":\"x\",\"a\":0,\"b\":7}", ""},
            {"Extras", "{\"name\":\"x\",\"a\":-1}", "additionalProperties[a]"},
            {"ChildExtras", "{\"a\":{\"name\":\"xy\"}}", ""},
            {"ChildExtras", "{\"a\":{\"name\":\"x\"}}", "additionalProperties[a].name"},
            // a union's wrapped variants: the alternative's constraints on the value
            {"Variants", "{\"id\":\"abc\"}", ""},
            {"Variants", "{\"id\":\"abcd\"}", "id.value"},
            {"Variants", "{\"id\":3}", ""},
            {"Variants", "{\"id\":-3}", "id.value"},
            {"Variants", "{\"id\":[\"a\",\"b\"]}", ""},
            {"Variants", "{\"id\":[\"a\",\"b\",\"c\"]}", "id.value"},
            {"Variants", "{\"id\":[\"a\",\"\"]}", "id.value[1]"},
            {"Variants", "{\"id\":{\"name\":\"x\"}}", "id.name"},
            {"Variants", "{\"either\":\"ab\"}", ""},
            {"Variants", "{\"either\":\"abc\"}", "either.value"},
            {"Variants", "{\"either\":5}", ""},
            {"Variants", "{\"either\":4}", "either.value"},
            // constrained differently by two alternatives of one type: not checked (a warning says so)
            {"Variants", "{\"clash\":\"abcdef\"}", ""},
        };
        return Stream.of(JacksonVersion.values()).flatMap(v -> Stream.of(rows)
                .map(row -> Arguments.of(v, row[0], row[1], row[2])));
    }

    @ParameterizedTest(name = "Jackson {0}: {1} {2} -> [{3}]")
    @MethodSource("compositionCases")
    void typedExtrasAndUnionVariantsAreChecked(JacksonVersion jackson, String className, String json,
            String expected) throws Exception {
        Object value = read(jackson, "it.valid." + className, json);
        assertThat(paths(validator.validate(value))).as(json).isEqualTo(expected);
    }

    @Test
    void alternativesOfOneTypeConstrainedDifferentlyAreReported() {
        assertThat(result.warnings().stream().map(Object::toString)
                .filter(w -> w.contains("constrain it differently")))
                .hasSize(2)
                .allSatisfy(w -> assertThat(w).contains("validation.yaml:").contains("VariantsClash"));
    }

    @Test
    void notNullOnlyWhereNullIsIllegal() throws Exception {
        Class<?> checked = compiled.get(JacksonVersion.V2).load("it.valid.Checked");
        assertThat(checked.getDeclaredField("reqName").isAnnotationPresent(jakarta.validation.constraints.NotNull.class))
                .isTrue();
        for (String name : List.of("reqNullName", "optName", "optNullName", "child", "tags")) {
            assertThat(checked.getDeclaredField(name).isAnnotationPresent(jakarta.validation.constraints.NotNull.class))
                    .as(name).isFalse();
        }
    }

    @Test
    void multipleOfAndJavaOnlyRegexMeaningsAreReported() {
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString())
                .contains("multipleOf is not checked by Bean Validation"));
    }

    /** A class's fields are always there, so a count of present properties is not checked; a warning says so. */
    @Test
    void propertyCountsOnAClassAreReported() {
        assertThat(result.warnings().stream().map(Object::toString)
                .filter(w -> w.contains("maxProperties on an object that is a class is not checked")))
                .singleElement().asString().contains("validation.yaml:");
        assertThat(result.warnings().stream().map(Object::toString).filter(w -> w.contains("Properties on an")))
                .as("the map property's maxProperties is checked, not reported").hasSize(1);
    }

    @Test
    void withoutBeanValidationNothingChanges() {
        Path plain = Generation.tempDir("validation-off");
        Generation.generate(Generation.fixture("validation.yaml"), plain, "it.valid");
        assertThat(Generation.read(plain.resolve("it/valid/Checked.java"))).doesNotContain("jakarta.validation");
    }

    private Object read(JacksonVersion jackson, String className, String json) throws Exception {
        return JsonBinding.of(jackson).read(json, compiled.get(jackson).load(className));
    }

    private static String paths(Set<? extends ConstraintViolation<?>> violations) {
        // Container elements print as "tags[0].<list element>": the property path up to the element is enough.
        return violations.stream()
                .map(v -> v.getPropertyPath().toString().replaceAll("\\.<[^>]+>", ""))
                .collect(Collectors.toCollection(TreeSet::new)).stream().collect(Collectors.joining(", "));
    }
}
