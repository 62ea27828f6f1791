package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import dev.tristate.generator.support.JsonBinding;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The schema constructs beyond plain objects (fixtures/compositions.yaml): allOf merged with base views, oneOf and
 * anyOf as sealed interfaces (with and without a discriminator, over objects and over values), type lists, const,
 * integer enums, typed additional properties, recursion, readOnly/writeOnly/default/deprecated, uniqueItems. Each is
 * compiled and run: JSON in, Java checked, JSON out. {@code CompositionsJackson3Test} runs every test again on
 * the code generated for Jackson 3, read and written by Jackson 3.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompositionsTest {

    /** Parses what was written, for assertions; never reads or writes a generated class. */
    private static final ObjectMapper TREES = JsonMapper.builder().build();
    private static final String PACKAGE = "it.comp";

    private JsonBinding binding;
    private InMemoryCompiler.Compiled compiled;
    private GenerationResult result;
    private Path sources;

    /** The Jackson line generated for, and reading and writing. */
    JacksonVersion jackson() {
        return JacksonVersion.V2;
    }

    @BeforeAll
    void compile() {
        binding = JsonBinding.of(jackson());
        Path out = Generation.tempDir("compositions");
        result = Generation.generate(Generation.fixture("compositions.yaml"), out, PACKAGE, jackson());
        sources = out.resolve(PACKAGE.replace('.', '/'));
        compiled = InMemoryCompiler.compile(out);
        assertThat(compiled.warnings()).as("javac warnings").isEmpty();
    }

    private Class<?> type(String simpleName) {
        return compiled.load(PACKAGE + "." + simpleName);
    }

    private Object read(String json, String simpleName) throws Exception {
        return binding.read(json, type(simpleName));
    }

    /** Reads, writes, and checks the JSON came back as it went in; returns what was read. */
    private Object roundTrip(String json, String simpleName) throws Exception {
        Object value = read(json, simpleName);
        assertThat(TREES.readTree(binding.write(value))).as(json).isEqualTo(TREES.readTree(json));
        assertThat(read(binding.write(value), simpleName)).isEqualTo(value);
        return value;
    }

    private static Object call(Object target, String method) throws Exception {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    @Test
    void allOfMergesEveryMembersPropertiesInOneClass() throws Exception {
        Object dog = roundTrip("{\"name\":\"Rex\",\"petType\":\"dog\",\"tag\":null,\"packSize\":3,\"bark\":\"woof\"}",
                "Dog");
        assertThat(call(dog, "getName")).isEqualTo("Rex");
        assertThat(call(dog, "getTag")).isEqualTo(JsonNullable.of(null));
        assertThat(call(dog, "getPackSize")).as("required by the second member").isEqualTo(3);
        assertThat(type("Dog").getMethod("getBark").isAnnotationPresent(Deprecated.class)).isTrue();
    }

    @Test
    void classesBuiltOnABaseImplementItsViewUnlessTheyChangeAGetter() {
        Class<?> view = type("PetView");
        assertThat(view).isInterface();
        assertThat(view).isAssignableFrom(type("Pet")).isAssignableFrom(type("Dog")).isAssignableFrom(type("Cat"));
        assertThat(view.isAssignableFrom(type("TaggedPet"))).as("TaggedPet makes tag required").isFalse();
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString())
                .contains("compositions.yaml:35:5").contains("TaggedPet does not implement the view of Pet"));
    }

    @Test
    void discriminatorPicksTheVariantAndKeepsAnUnknownOne() throws Exception {
        Class<?> anyPet = type("AnyPet");
        assertThat(anyPet.isSealed()).isTrue();
        Object dog = roundTrip("{\"name\":\"Rex\",\"petType\":\"dog\",\"packSize\":3}", "AnyPet");
        assertThat(dog).isInstanceOf(type("Dog"));
        Object cat = roundTrip("{\"name\":\"Tom\",\"petType\":\"cat\",\"huntingSkill\":\"lazy\"}", "AnyPet");
        assertThat(cat).isInstanceOf(type("Cat"));
        Object bird = roundTrip("{\"name\":\"Tweety\",\"petType\":\"bird\",\"wings\":2}", "AnyPet");
        assertThat(bird.getClass().getSimpleName()).isEqualTo("Unknown");
        assertThat(TREES.readTree(call(bird, "value").toString())).isEqualTo(TREES.readTree("{\"name\":\"Tweety\",\"petType\":\"bird\",\"wings\":2}"));
    }

    @Test
    void aBuiltVariantWritesItsDiscriminatorValue() throws Exception {
        Object builder = type("Dog").getMethod("builder").invoke(null);
        builder.getClass().getMethod("name", String.class).invoke(builder, "Rex");
        builder.getClass().getMethod("packSize", Integer.class).invoke(builder, 2);
        Object dog = builder.getClass().getMethod("build").invoke(builder);
        JsonNode written = TREES.readTree(binding.write(dog));
        assertThat(written.get("petType").textValue()).isEqualTo("dog");
        assertThat(binding.read(binding.write(dog), type("AnyPet"))).isEqualTo(dog);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"radius\":1.5}|ShapeCircle",
        "{\"side\":2.0,\"colour\":\"red\"}|ShapeSquare",
        "{\"radius\":1.0,\"side\":2.0}|ShapeCircle",
        "{\"corners\":3}|Unknown",
        "\"round\"|Unknown"})
    void withoutADiscriminatorTheShapeDecides(String json, String variant) throws Exception {
        assertThat(roundTrip(json, "Shape").getClass().getSimpleName()).isEqualTo(variant);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "\"3fa85f64-5717-4562-b3fc-2c963f66afa6\"|UUIDValue",
        "42|LongValue",
        "[\"a\",\"b\"]|ListValue",
        "\"not-a-uuid\"|Unknown",
        "true|Unknown",
        "{\"id\":1}|Unknown"})
    void valueVariantsAreWrappedAndChosenByJsonType(String json, String variant) throws Exception {
        Object id = roundTrip(json, "Id");
        assertThat(id.getClass().getSimpleName()).isEqualTo(variant);
        if (variant.equals("UUIDValue")) {
            assertThat(call(id, "value")).isEqualTo(UUID.fromString("3fa85f64-5717-4562-b3fc-2c963f66afa6"));
        }
    }

    @Test
    void aTypeListIsAUnionOfItsTypes() throws Exception {
        assertThat(roundTrip("\"x\"", "StringOrNumber").getClass().getSimpleName()).isEqualTo("StringValue");
        assertThat(roundTrip("7", "StringOrNumber").getClass().getSimpleName()).isEqualTo("LongValue");
        Object owner = roundTrip("{\"id\":1,\"pets\":[],\"value\":null}", "Owner");
        assertThat(call(owner, "getValue")).as("the type list allows null").isEqualTo(JsonNullable.of(null));
    }

    @Test
    void integerEnumsAreOpenAndStringEnumsMayListNull() throws Exception {
        Object two = roundTrip("2", "Priority");
        assertThat(two).isSameAs(type("Priority").getField("VALUE_2").get(null));
        assertThat(type("Priority").getField("MINUS_1").get(null).toString()).isEqualTo("-1");
        Object seven = roundTrip("7", "Priority");
        assertThat(call(seven, "isKnown")).isEqualTo(false);
        Object owner = roundTrip("{\"id\":1,\"pets\":[],\"mood\":null,\"priority\":3}", "Owner");
        assertThat(call(owner, "getMood")).isEqualTo(JsonNullable.of(null));
    }

    @Test
    void anOwnerWithEverythingRoundTrips() throws Exception {
        String json = "{\"id\":\"3fa85f64-5717-4562-b3fc-2c963f66afa6\","
                + "\"pets\":[{\"name\":\"Rex\",\"petType\":\"dog\",\"packSize\":1},{\"name\":\"Tom\",\"petType\":\"cat\"}],"
                + "\"favourite\":{\"name\":\"Tom\",\"petType\":\"cat\"},\"shape\":{\"side\":1.0},\"value\":\"v\","
                + "\"priority\":1,\"mood\":\"happy\",\"kind\":\"owner\",\"createdAt\":\"2025-01-02T03:04:05.123456789+02:00\","
                + "\"password\":\"hunter2\",\"code\":\"c\",\"grid\":[[1,2],[3]],\"groups\":{\"a\":[\"x\"],\"b\":[]},"
                + "\"tags\":[\"b\",\"a\"],\"address\":{\"street\":\"Main\",\"geo\":{\"lat\":1.5,\"lon\":-2.25}},"
                + "\"contact\":\"a@example.com\",\"extra\":{\"kept\":[1,null]}}";
        Object owner = roundTrip(json, "Owner");
        assertThat(((Optional<?>) call(owner, "getTags")).orElseThrow()).isInstanceOf(Set.class);
        assertThat(((Optional<?>) call(owner, "getGrid")).orElseThrow()).isEqualTo(List.of(List.of(1L, 2L), List.of(3L)));
        assertThat(owner.toString()).contains("password=****").doesNotContain("hunter2");
        Object contact = ((Optional<?>) call(owner, "getContact")).orElseThrow();
        assertThat(contact.getClass().getSimpleName()).isEqualTo("StringValue");
        Object objectContact = roundTrip("{\"id\":1,\"pets\":[],\"contact\":{\"phone\":\"1\"}}", "Owner");
        assertThat(((Optional<?>) call(objectContact, "getContact")).orElseThrow()).isInstanceOf(type("OwnerContactOption2"));
    }

    @Test
    void aRequiredConstIsPresetAndAnOptionalOneIsNot() throws Exception {
        Object owner = roundTrip("{\"id\":1,\"pets\":[]}", "Owner");
        assertThat(call(owner, "getKind")).as("optional const: absent stays absent").isEqualTo(Optional.empty());
    }

    @Test
    void typedAdditionalPropertiesAreReadAsTheirType() throws Exception {
        Object labels = roundTrip("{\"name\":\"n\",\"a\":1,\"b\":2}", "Labels");
        @SuppressWarnings("unchecked") Map<String, Object> extra = (Map<String, Object>) call(labels, "getAdditionalProperties");
        assertThat(extra).containsEntry("a", 1L).containsEntry("b", 2L);
        assertThat(type("Labels").getMethod("getAdditionalProperties").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Map<java.lang.String, java.lang.Long>");
    }

    @Test
    void identicalInlineSchemasShareOneClassNamedForEveryPlace() throws Exception {
        // Owner.status and Labels.status: the words both names end with, not the first owner's name (issue 13).
        assertThat(sources.resolve("LabelsStatus.java")).doesNotExist();
        assertThat(sources.resolve("OwnerStatus.java")).doesNotExist();
        assertThat(sources.resolve("LabelsPhase.java")).exists();
        assertThat(type("Labels").getMethod("getStatus").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<it.comp.Status>");
        assertThat(type("Owner").getMethod("getStatus").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<it.comp.Status>");
        roundTrip("{\"status\":\"archived\",\"phase\":\"deleted\"}", "Labels");
    }

    @Test
    void aPropertyNamedLikeABuilderFlagAndADeprecatedInlineEnumCompileCleanly() throws Exception {
        Object flags = roundTrip("{\"x\":null,\"x_is_set\":\"yes\",\"legacy\":\"a\"}", "Flags");
        assertThat(call(flags, "getXIsSet")).isEqualTo(Optional.of("yes"));
        assertThat(type("Flags").getMethod("getLegacy").isAnnotationPresent(Deprecated.class)).isTrue();
        assertThat(type("FlagsLegacy").isAnnotationPresent(Deprecated.class))
                .as("the property is deprecated, not the inline type its owner uses").isFalse();
    }

    @Test
    void unionsHaveADocsPageListingTheirVariantsAndViewsHaveNone() throws Exception {
        Path out = Generation.tempDir("compositions-docs");
        new Generator().generate(GeneratorConfig.builder().inputSpec(Generation.fixture("compositions.yaml"))
                .outputDirectory(out.resolve("src")).packageName(PACKAGE).docsDirectory(out.resolve("docs")).build());
        String anyPet = Files.readString(out.resolve("docs/AnyPet.md"));
        assertThat(anyPet).contains("| [Dog](Dog.md) | its properties | `petType` = `dog` |")
                .contains("| [Cat](Cat.md) | its properties | `petType` = `cat` |");
        assertThat(Files.readString(out.resolve("docs/Id.md"))).contains("| `Id.LongValue` | Long | its shape |");
        assertThat(out.resolve("docs/PetView.md")).doesNotExist();
        assertThat(Files.readString(out.resolve("docs/README.md"))).contains("## Unions").contains("[AnyPet](AnyPet.md)");
    }

    @Test
    void decimalsKeepEveryDigitThroughAUnion() throws Exception {
        Object bare = roundTrip("12345678901234567890.123456789012345678", "Amount");
        assertThat(call(bare, "value")).isEqualTo(new java.math.BigDecimal("12345678901234567890.123456789012345678"));
        Object priced = roundTrip("{\"value\":-1.06356816709463270381623223679930792E+53}", "Amount");
        assertThat(priced).isInstanceOf(type("AmountPriced"));
    }

    @Test
    void patternPropertiesAndClosedObjectsKeepWhatTheyDoNotDeclare() throws Exception {
        Object patterned = roundTrip("{\"name\":\"n\",\"x-a\":\"1\",\"y\":2}", "Patterned");
        assertThat(List.copyOf(((Map<?, ?>) call(patterned, "getAdditionalProperties")).keySet())).isEqualTo(List.of("x-a", "y"));
        roundTrip("{\"name\":\"n\",\"surprise\":true}", "Closed");
    }

    @Test
    void recursiveAndMutuallyRecursiveSchemasRoundTrip() throws Exception {
        roundTrip("{\"value\":\"root\",\"children\":[{\"value\":\"a\",\"children\":[]},{\"value\":\"b\","
                + "\"parent\":{\"value\":\"root\"}}]}", "TreeNode");
        roundTrip("{\"name\":\"Ann\",\"department\":{\"title\":\"R&D\",\"manager\":{\"name\":\"Bob\"},"
                + "\"members\":{\"ann\":{\"name\":\"Ann\"}}}}", "Employee");
    }

    @Test
    void docsSayReadOnlyWriteOnlyAndDefaultsAndUnknownFormatsWarn() throws Exception {
        String owner = Files.readString(sources.resolve("Owner.java"));
        assertThat(owner).contains("<p>Read-only: sent by the server; leave it absent in requests.")
                .contains("<p>Write-only: sent in requests; the server does not return it.");
        assertThat(Files.readString(sources.resolve("Dog.java")))
                .contains("<p>Default: <code>1</code> (what the server assumes when absent; this class does not fill it in)");
        Object dog = read("{\"name\":\"Rex\",\"petType\":\"dog\",\"packSize\":2}", "Dog");
        assertThat(call(dog, "getPackSize")).as("a default is not applied").isEqualTo(2);
        assertThat(result.warnings()).anySatisfy(w -> assertThat(w.toString())
                .contains("unknown string format 'x-unknown-format'; generated as String"));
    }
}
