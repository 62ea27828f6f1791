package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import dev.tristate.generator.support.JsonBinding;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Compiles the code generated for a fixture with one property per contract cell, then runs it: JSON in, getters
 * checked, JSON out. Complements the typed tests in samples/connections with the cells the canonical spec lacks
 * (required nullable, every format). Runs for Jackson 2; {@code ContractRuntimeJackson3Test} runs every test again
 * on the code generated for Jackson 3, read and written by Jackson 3.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContractRuntimeTest {

    /** Parses what was written, for assertions; never reads or writes a generated class. */
    private static final ObjectMapper TREES = JsonMapper.builder().build();
    private static final String MINIMAL = "{\"req\":\"r\",\"reqNull\":null,\"reqList\":[]}";

    private JsonBinding binding;
    private Class<?> cells;
    private Class<?> color;

    /** The Jackson line generated for, and reading and writing. */
    JacksonVersion jackson() {
        return JacksonVersion.V2;
    }

    @BeforeAll
    void compile() {
        binding = JsonBinding.of(jackson());
        java.nio.file.Path out = Generation.tempDir("contract");
        Generation.generate(Generation.fixture("contract.yaml"), out, "it.contract", jackson());
        InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(out);
        assertThat(compiled.warnings()).isEmpty();
        cells = compiled.load("it.contract.Cells");
        color = compiled.load("it.contract.CellsColor");
    }

    @Test
    void getterTypesFollowRequiredAndNullable() throws Exception {
        assertThat(returnType("getReq")).isEqualTo("java.lang.String");
        assertThat(returnType("getReqNull")).isEqualTo("java.util.Optional<java.lang.String>");
        assertThat(returnType("getOpt")).isEqualTo("java.util.Optional<java.lang.String>");
        assertThat(returnType("getOptNull"))
                .isEqualTo("org.openapitools.jackson.nullable.JsonNullable<java.lang.String>");
        assertThat(returnType("getReqList")).isEqualTo("java.util.List<java.lang.String>");
        assertThat(returnType("getOptMap")).isEqualTo("java.util.Optional<java.util.Map<java.lang.String, java.lang.Integer>>");
    }

    @Test
    void formatsMapToJavaTypes() throws Exception {
        assertThat(returnType("getWhen")).isEqualTo("java.util.Optional<java.time.OffsetDateTime>");
        assertThat(returnType("getDay")).isEqualTo("java.util.Optional<java.time.LocalDate>");
        assertThat(returnType("getCount")).isEqualTo("java.util.Optional<java.lang.Integer>");
        assertThat(returnType("getBig")).isEqualTo("java.util.Optional<java.lang.Long>");
        assertThat(returnType("getPlainInteger")).isEqualTo("java.util.Optional<java.lang.Long>");
        assertThat(returnType("getRatio")).isEqualTo("java.util.Optional<java.lang.Float>");
        assertThat(returnType("getAmount")).isEqualTo("java.util.Optional<java.lang.Double>");
        assertThat(returnType("getExact")).isEqualTo("java.util.Optional<java.math.BigDecimal>");
        assertThat(returnType("getFlag")).isEqualTo("java.util.Optional<java.lang.Boolean>");
        assertThat(returnType("getId")).isEqualTo("java.util.Optional<java.util.UUID>");
        assertThat(returnType("getLink")).isEqualTo("java.util.Optional<java.net.URI>");
        assertThat(returnType("getBlob")).isEqualTo("java.util.Optional<byte[]>");
        assertThat(returnType("getFree"))
                .isEqualTo("java.util.Optional<java.util.Map<java.lang.String, java.lang.Object>>");
        assertThat(returnType("getAnything")).isEqualTo("java.util.Optional<java.lang.Object>");
        assertThat(returnType("getColor")).isEqualTo("org.openapitools.jackson.nullable.JsonNullable<it.contract.CellsColor>");
    }

    @Test
    void optionalNullableKeepsAbsentNullAndValue() throws Exception {
        Object absent = read(MINIMAL);
        Object explicitNull = read(with("\"optNull\":null"));
        Object value = read(with("\"optNull\":\"v\""));
        assertThat(get(absent, "getOptNull")).isEqualTo(JsonNullable.undefined());
        assertThat(get(explicitNull, "getOptNull")).isEqualTo(JsonNullable.of(null));
        assertThat(get(value, "getOptNull")).isEqualTo(JsonNullable.of("v"));
        assertThat(write(absent).has("optNull")).isFalse();
        assertThat(write(explicitNull).get("optNull").isNull()).isTrue();
        assertThat(write(value).get("optNull").asText()).isEqualTo("v");
    }

    @Test
    void requiredNullableIsAlwaysWrittenAndMustBeSet() throws Exception {
        Object nullValue = read(MINIMAL);
        assertThat(get(nullValue, "getReqNull")).isEqualTo(Optional.empty());
        assertThat(write(nullValue).get("reqNull").isNull()).isTrue();
        assertThat(get(read("{\"req\":\"r\",\"reqNull\":\"x\",\"reqList\":[]}"), "getReqNull"))
                .isEqualTo(Optional.of("x"));
        assertThatThrownBy(() -> read("{\"req\":\"r\",\"reqList\":[]}"))
                .isInstanceOf(binding.mappingException())
                .hasMessageContaining("Cells")
                .hasMessageContaining("reqNull");
        // A mapper that leaves nulls out by default still writes the required nullable property.
        assertThat(TREES.readTree(binding.writeNonNull(nullValue)).has("reqNull")).isTrue();
    }

    @Test
    void optionalNonNullableReadsNullAsAbsent() throws Exception {
        Object object = read(with("\"opt\":null"));
        assertThat(get(object, "getOpt")).isEqualTo(Optional.empty());
        assertThat(write(object).has("opt")).isFalse();
        assertThat(get(read(with("\"opt\":\"o\"")), "getOpt")).isEqualTo(Optional.of("o"));
    }

    @Test
    void missingOrNullRequiredFailsNamingClassPropertyAndPath() {
        assertThatThrownBy(() -> read("{\"reqNull\":null}"))
                .isInstanceOf(binding.mappingException())
                .hasMessageContaining("Cells: missing required properties: req, reqList");
        assertThatThrownBy(() -> read("{\"req\":null,\"reqNull\":null,\"reqList\":[]}"))
                .isInstanceOf(binding.mappingException())
                .hasMessageContaining("Cells: required property 'req' cannot be null")
                .hasMessageContaining("[\"req\"]");
        assertThatThrownBy(() -> read(with("\"child\":{}")))
                .isInstanceOf(binding.mappingException())
                .hasMessageContaining("Child: missing required properties: name")
                .hasMessageContaining("[\"child\"]");
    }

    @Test
    void builderNamesEveryMissingRequiredProperty() throws Exception {
        Object builder = cells.getMethod("builder").invoke(null);
        assertThatThrownBy(() -> invoke(builder, "build"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Cells: missing required properties: req, reqNull, reqList");
        Method reqNull = builder.getClass().getMethod("reqNull", String.class);
        reqNull.invoke(builder, (Object) null);
        builder.getClass().getMethod("req", String.class).invoke(builder, "r");
        builder.getClass().getMethod("reqList", List.class).invoke(builder, List.of());
        Object built = invoke(builder, "build");
        assertThat(write(built).toString()).isEqualTo("{\"req\":\"r\",\"reqNull\":null,\"reqList\":[]}");
        assertThatThrownBy(() -> builder.getClass().getMethod("req", String.class).invoke(builder, (Object) null))
                .hasRootCauseInstanceOf(NullPointerException.class)
                .rootCause().hasMessage("Cells: required property 'req' cannot be null");
    }

    @Test
    void listsAreUnmodifiableAndAbsentIsNotEmpty() throws Exception {
        Object withoutList = read(MINIMAL);
        Object emptyList = read(with("\"optList\":[]"));
        assertThat(get(withoutList, "getOptList")).isEqualTo(Optional.empty());
        assertThat(get(emptyList, "getOptList")).isEqualTo(Optional.of(List.of()));
        assertThat(write(withoutList).has("optList")).isFalse();
        assertThat(write(emptyList).get("optList").isArray()).isTrue();
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) get(read(with("\"optList\":[\"a\"]")), "getReqList");
        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderCopiesListsSoLaterChangesDoNotLeakIn() throws Exception {
        java.util.ArrayList<String> source = new java.util.ArrayList<>(List.of("a"));
        Object builder = cells.getMethod("builder").invoke(null);
        builder.getClass().getMethod("req", String.class).invoke(builder, "r");
        builder.getClass().getMethod("reqNull", String.class).invoke(builder, "n");
        builder.getClass().getMethod("reqList", List.class).invoke(builder, source);
        Object built = invoke(builder, "build");
        source.add("b");
        assertThat(get(built, "getReqList")).isEqualTo(List.of("a"));
    }

    @Test
    void builderCopiesAListWhenGivenSoChangesBeforeBuildDoNotLeakIn() throws Exception {
        java.util.ArrayList<String> source = new java.util.ArrayList<>(List.of("a"));
        Object builder = cells.getMethod("builder").invoke(null);
        builder.getClass().getMethod("req", String.class).invoke(builder, "r");
        builder.getClass().getMethod("reqNull", String.class).invoke(builder, "n");
        builder.getClass().getMethod("reqList", List.class).invoke(builder, source);
        source.add("b");
        Object first = invoke(builder, "build");
        Object second = invoke(builder, "build");
        assertThat(get(first, "getReqList")).isEqualTo(List.of("a"));
        assertThat(first).isEqualTo(second);
        @SuppressWarnings("unchecked")
        List<String> list = (List<String>) get(first, "getReqList");
        assertThatThrownBy(() -> list.add("x")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void unknownPropertiesAreKeptInOrderAndWrittenBack() throws Exception {
        String json = "{\"req\":\"r\",\"zeta\":1,\"reqNull\":null,\"alpha\":{\"x\":[1,2]},\"reqList\":[],\"mid\":null}";
        Object object = read(json);
        @SuppressWarnings("unchecked")
        Map<String, Object> unknown = (Map<String, Object>) get(object, "getAdditionalProperties");
        assertThat(unknown).containsOnlyKeys("zeta", "alpha", "mid");
        assertThat(List.copyOf(unknown.keySet())).containsExactly("zeta", "alpha", "mid");
        assertThat(write(object)).isEqualTo(TREES.readTree(json));
        assertThat(binding.write(object))
                .isEqualTo("{\"req\":\"r\",\"reqNull\":null,\"reqList\":[],\"zeta\":1,\"alpha\":{\"x\":[1,2]},\"mid\":null}");
    }

    @Test
    void dateTimesKeepOffsetAndPrecision() throws Exception {
        Object object = read(with("\"when\":\"2024-04-22T18:55:28.456076123+05:30\",\"day\":\"2024-02-29\","
                + "\"dates\":[\"2023-07-13T21:34:44.816Z\",\"2023-07-13T21:34:44-03:00\"],\"whenNull\":null"));
        OffsetDateTime when = ((Optional<?>) get(object, "getWhen")).map(OffsetDateTime.class::cast).orElseThrow();
        assertThat(when.getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(when.getNano()).isEqualTo(456076123);
        assertThat(get(object, "getDay")).isEqualTo(Optional.of(LocalDate.of(2024, 2, 29)));
        JsonNode written = write(object);
        assertThat(written.get("when").asText()).isEqualTo("2024-04-22T18:55:28.456076123+05:30");
        assertThat(written.get("day").asText()).isEqualTo("2024-02-29");
        assertThat(written.get("dates").get(1).asText()).isEqualTo("2023-07-13T21:34:44-03:00");
        assertThat(written.get("dates").get(0).asText()).isEqualTo("2023-07-13T21:34:44.816Z");
        assertThat(written.get("whenNull").isNull()).isTrue();
    }

    @Test
    void scalarFormatsRoundTrip() throws Exception {
        String json = with("\"count\":7,\"big\":9007199254740993,\"ratio\":1.5,\"amount\":0.1,\"exact\":"
                + "12345678901234567890.123456789,\"flag\":false,\"id\":\"3f6c2a1e-9b7d-4c2e-8f1a-2d5e6b7c8a90\","
                + "\"link\":\"https://example.com/a?b=c\",\"blob\":\"aGVsbG8=\",\"free\":{\"k\":[true]},\"anything\":[1]");
        Object object = read(json);
        assertThat(get(object, "getBig")).isEqualTo(Optional.of(9007199254740993L));
        assertThat(get(object, "getExact")).isEqualTo(Optional.of(new BigDecimal("12345678901234567890.123456789")));
        assertThat(get(object, "getId")).isEqualTo(Optional.of(UUID.fromString("3f6c2a1e-9b7d-4c2e-8f1a-2d5e6b7c8a90")));
        assertThat(get(object, "getLink")).isEqualTo(Optional.of(URI.create("https://example.com/a?b=c")));
        assertThat(((Optional<?>) get(object, "getBlob")).map(b -> new String((byte[]) b, StandardCharsets.UTF_8)))
                .contains("hello");
        JsonNode big = JsonMapper.builder().findAndAddModules()
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build()
                .readTree(json);
        assertThat(JsonMapper.builder().enable(com.fasterxml.jackson.databind.DeserializationFeature
                .USE_BIG_DECIMAL_FOR_FLOATS).build().readTree(binding.write(object))).isEqualTo(big);
    }

    @Test
    void openEnumKeepsUnknownValuesAndNull() throws Exception {
        Object known = read(with("\"color\":\"dark-green\""));
        Object unknown = read(with("\"color\":\"ultra-violet\""));
        Object nullColor = read(with("\"color\":null"));
        Object darkGreen = color.getField("DARK_GREEN").get(null);
        assertThat(get(known, "getColor")).isEqualTo(JsonNullable.of(darkGreen));
        Object kept = ((JsonNullable<?>) get(unknown, "getColor")).get();
        assertThat(kept.toString()).isEqualTo("ultra-violet");
        assertThat(invoke(kept, "isKnown")).isEqualTo(false);
        assertThat(invoke(kept, "known").toString()).isEqualTo("UNRECOGNIZED");
        assertThat(invoke(darkGreen, "known").toString()).isEqualTo("DARK_GREEN");
        assertThat(write(unknown).get("color").asText()).isEqualTo("ultra-violet");
        assertThat(get(nullColor, "getColor")).isEqualTo(JsonNullable.of(null));
        assertThat(color.getMethod("of", String.class).invoke(null, "dark-green")).isSameAs(darkGreen);
    }

    @Test
    void secretsAreMaskedInToString() throws Exception {
        Object object = read(with("\"secret\":\"s3cr3t-value\",\"hidden\":\"wr1te-only\",\"opt\":\"shown\""));
        String text = object.toString();
        assertThat(text).doesNotContain("s3cr3t-value").doesNotContain("wr1te-only");
        assertThat(text).contains("secret=****").contains("hidden=****").contains("opt=shown")
                .contains("optNull=<absent>").contains("reqNull=null");
    }

    @Test
    void equalsHashCodeAndToBuilderRoundTrip() throws Exception {
        String json = with("\"optNull\":null,\"optList\":[\"a\"],\"extra\":true,\"blob\":\"aGk=\"");
        Object a = read(json);
        Object b = read(json);
        assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
        Object copy = invoke(invoke(a, "toBuilder"), "build");
        assertThat(copy).isEqualTo(a);
        assertThat(write(copy)).isEqualTo(write(a));
        assertThat(read(with("\"optNull\":\"x\""))).isNotEqualTo(read(with("\"optNull\":null")));
        assertThat(read(with("\"optNull\":null"))).isNotEqualTo(read(MINIMAL));
    }

    private static String with(String more) {
        return MINIMAL.substring(0, MINIMAL.length() - 1) + "," + more + "}";
    }

    private Object read(String json) throws Exception {
        return binding.read(json, cells);
    }

    private JsonNode write(Object value) throws Exception {
        return TREES.readTree(binding.write(value));
    }

    private String returnType(String getter) throws NoSuchMethodException {
        return cells.getMethod(getter).getGenericReturnType().getTypeName();
    }

    private static Object get(Object target, String getter) throws Exception {
        return invoke(target, getter);
    }

    private static Object invoke(Object target, String method) throws Exception {
        try {
            return target.getClass().getMethod(method).invoke(target);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof Exception) {
                throw (Exception) e.getCause();
            }
            throw e;
        }
    }
}
