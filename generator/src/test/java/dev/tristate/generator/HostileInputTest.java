package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A spec written to break out of comments and string literals, with names that clash with keywords, java.lang,
 * Object's methods, the generated API and each other. It must compile to exactly the expected classes, with every
 * wire name kept.
 */
class HostileInputTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static Path output;
    private static Path sources;
    private static InMemoryCompiler.Compiled compiled;

    @BeforeAll
    static void generate() {
        output = Generation.tempDir("hostile");
        Generation.generate(Generation.fixture("hostile/comments-and-names.yaml"), output, "it.hostile");
        sources = output.resolve("it/hostile");
        compiled = InMemoryCompiler.compile(output);
    }

    @Test
    void onlyTheExpectedTypesAreGenerated() throws IOException {
        try (Stream<Path> files = Files.list(sources)) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList()))
                    .containsExactly("ClassModel.java", "ClassModelMode.java", "Locals.java", "StringModel.java",
                            "StringModel2.java", "Uses.java");
        }
        Class<?> model = compiled.load("it.hostile.ClassModel");
        assertThat(Arrays.stream(model.getDeclaredMethods()).map(Method::getName)).doesNotContain("main", "injected");
        assertThat(model.getDeclaredClasses()).extracting(Class::getSimpleName).containsExactly("Builder");
    }

    @Test
    void javadocTextIsEscapedNotExecuted() {
        String source = Generation.read(sources.resolve("ClassModel.java"));
        assertThat(source).contains("Ends the comment &#42;/ public static void main(String[] a) {} /*");
        assertThat(source).contains("&lt;script&gt;alert(1)&lt;/script&gt; &#64;deprecated {&#64;link Foo}");
        assertThat(source).contains("Hostile &#42;/ class X {} /*").contains("1 &#92;u002a/");
        assertThat(source).doesNotContain("\\u002a").doesNotContain("\\u0022 and");
    }

    @Test
    void clashingNamesAllSurviveWithTheirWireNames() throws Exception {
        Class<?> model = compiled.load("it.hostile.ClassModel");
        assertThat(Arrays.stream(model.getMethods()).map(Method::getName)).contains(
                "getDefaultValue", "getUserId", "getUserId2", "getUserId3", "getAB", "getProperty1stPlace",
                "getWithSpace", "getÜnïcödé", "getRefLike", "getGetClassValue", "getAdditionalPropertiesValue",
                "getBuilderValue", "getMode", "getAdditionalProperties");
        String json = "{\"default\":\"d\",\"user_id\":\"u1\",\"userId\":\"u2\",\"UserId\":\"u3\",\"a\\\"b\":\"q\","
                + "\"1st-place\":1,\"with space\":\"s\",\"ünïcödé\":\"ü\",\"$ref-like\":\"r\",\"getClass\":\"g\","
                + "\"additionalProperties\":\"a\",\"builder\":\"b\",\"mode\":\"\\\\u0022\",\"unknown\":1}";
        Object value = MAPPER.readValue(json, model);
        assertThat(model.getMethod("getUserId").invoke(value)).isEqualTo("u1");
        assertThat(model.getMethod("getUserId2").invoke(value).toString()).isEqualTo("Optional[u2]");
        JsonNode written = MAPPER.readTree(MAPPER.writeValueAsString(value));
        assertThat(written).isEqualTo(MAPPER.readTree(json));
    }

    @Test
    void propertiesNamedLikeLocalsKeepTheirMeaning() throws Exception {
        Class<?> locals = compiled.load("it.hostile.Locals");
        String json = "{\"text\":null,\"that\":\"t\",\"other\":\"o\",\"missing\":\"m\",\"name\":\"n\","
                + "\"value\":\"v\",\"source\":\"s\",\"properties\":[\"p\"]}";
        Object a = MAPPER.readValue(json, locals);
        Object b = MAPPER.readValue(json.replace("\"o\"", "\"O\""), locals);
        assertThat(a).isEqualTo(MAPPER.readValue(json, locals)).isNotEqualTo(b);
        assertThat(a.toString()).isEqualTo("Locals{text=null, that=t, other=o, missing=m, name=n, value=v, source=s,"
                + " properties=[p]}");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(a))).isEqualTo(MAPPER.readTree(json));
        Object builder = locals.getMethod("builder").invoke(null);
        assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> locals.getMethod("builder").invoke(null)
                .getClass().getMethod("build").invoke(builder)).getCause())
                .hasMessage("Locals: missing required properties: text, that, missing");
    }

    @Test
    void enumConstantsAreIdentifiersAndValuesExact() throws Exception {
        Class<?> mode = compiled.load("it.hostile.ClassModelMode");
        assertThat(Arrays.stream(mode.getFields()).map(f -> f.getName()).collect(Collectors.toList()))
                .containsExactly("A_B", "U0022", "EMPTY", "EMPTY2", "VALUE_1", "UNRECOGNIZED2", "X_Y", "X_Y2");
        assertThat(mode.getField("A_B").get(null).toString()).isEqualTo("a\"b");
        assertThat(mode.getField("U0022").get(null).toString()).isEqualTo("\\u0022");
        assertThat(mode.getField("EMPTY").get(null).toString()).isEqualTo("*/");
        assertThat(mode.getField("EMPTY2").get(null).toString()).isEmpty();
        assertThat(mode.getMethod("isKnown").invoke(mode.getField("UNRECOGNIZED2").get(null))).isEqualTo(true);
    }

    @Test
    void schemasNamedLikeJavaLangTypesDoNotShadowThem() throws Exception {
        Class<?> uses = compiled.load("it.hostile.Uses");
        assertThat(uses.getMethod("getName").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<java.lang.String>");
        assertThat(uses.getMethod("getS").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<it.hostile.StringModel>");
        assertThat(uses.getMethod("getT").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<it.hostile.StringModel2>");
    }
}
