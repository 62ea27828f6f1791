package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Schemas written outside components.schemas (fixtures/inline-operations.yaml, issue 13): request bodies, responses
 * of every status, parameters, headers, callbacks, webhooks and the other components each get a class named after
 * their place; compiled and run.
 */
class InlineSchemasTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final String PACKAGE = "it.inline";

    private static InMemoryCompiler.Compiled compiled;
    private static GenerationResult result;

    @BeforeAll
    static void compile() {
        Path out = Generation.tempDir("inline");
        result = Generation.generate(Generation.fixture("inline-operations.yaml"), out, PACKAGE);
        compiled = InMemoryCompiler.compile(out);
        assertThat(compiled.warnings()).as("javac warnings").isEmpty();
    }

    private static Class<?> type(String simpleName) {
        return compiled.load(PACKAGE + "." + simpleName);
    }

    private static Object roundTrip(String json, String simpleName) throws Exception {
        Object value = MAPPER.readValue(json, type(simpleName));
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(value))).as(json).isEqualTo(MAPPER.readTree(json));
        assertThat(MAPPER.readValue(MAPPER.writeValueAsString(value), type(simpleName))).isEqualTo(value);
        return value;
    }

    private static Object call(Object target, String method) throws Exception {
        Method m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    static Set<String> classNames(GenerationResult result) {
        return result.generatedFiles().stream().map(p -> p.getFileName().toString().replace(".java", ""))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyInlineObjectAndEnumOutsideComponentsSchemasGetsAClassNamedAfterItsPlace() {
        assertThat(classNames(result)).containsExactlyInAnyOrder(
                "Pet", "CreatePetRequest", "Patch", "PatchOp",              // components.schemas
                "PetsParameterTenant",                                   // a path's parameter
                "ListPetsParameterFilter", "ListPetsParameterOrder",      // parameters: content and schema
                "ListPetsResponseItem", "ListPetsResponseHeaderXRateLimit", // the one 2xx: a list, a header
                "CreatePetRequest2", "CreatePetRequest2Kind", "CreatePetRequest2Owner", // request body, after the component
                "CreatePet201Response", "CreatePet202Response", "CreatePet4XXResponse", // several 2xx, a range
                "CreatePetOnAdoptedPostRequest",                          // a callback without operationId
                "PutPetsPetIdResponseValue",                              // no operationId: method and path; a map
                "PostPetAdoptedRequest", "PetReturnedHookRequest",        // webhooks
                "RequestAction",                                          // folded, neutral name
                "PetPatchRequest", "ProblemResponse", "ProblemResponseHeaderXTrace", "VerbosityParameter",
                "QuotaHeader", "GetPingResponse");                        // the other components
    }

    @Test
    void aRequestBodyReadsAndWritesWithItsNestedInlineClasses() throws Exception {
        Object request = roundTrip("{\"name\":\"Rex\",\"kind\":\"dog\",\"owner\":{\"email\":\"a@b.c\"},\"extra\":1}",
                "CreatePetRequest2");
        assertThat(call(request, "getName")).isEqualTo("Rex");
        assertThat(((Optional<?>) call(request, "getKind")).get().getClass().getSimpleName())
                .isEqualTo("CreatePetRequest2Kind");
        assertThat(type("CreatePetRequest").getMethod("getUnrelated")).as("the component keeps its name").isNotNull();
    }

    @Test
    void responsesOfEveryStatusAndMediaTypeRead() throws Exception {
        Object created = roundTrip("{\"id\":7,\"createdAt\":\"2024-01-02T03:04:05.123+02:00\"}",
                "CreatePet201Response");
        assertThat(call(created, "getId")).isEqualTo(7L);
        roundTrip("{\"reason\":\"full\"}", "CreatePet4XXResponse");
        roundTrip("{\"title\":\"gone\",\"status\":410}", "ProblemResponse");
        Object item = roundTrip("{\"id\":1,\"name\":\"Tom\"}", "ListPetsResponseItem");
        assertThat(call(item, "getName")).isEqualTo(Optional.of("Tom"));
        roundTrip("{\"value\":\"x\"}", "PutPetsPetIdResponseValue");
        roundTrip("{\"op\":\"add\",\"path\":\"/a\",\"value\":[1]}", "Patch");
    }

    @Test
    void identicalInlineSchemasOfDifferentlyNamedOwnersShareANeutralName() throws Exception {
        assertThat(type("PostPetAdoptedRequest").getMethod("getAction").getGenericReturnType().getTypeName())
                .endsWith("<it.inline.RequestAction>");
        assertThat(type("PetReturnedHookRequest").getMethod("getAction").getGenericReturnType().getTypeName())
                .endsWith("<it.inline.RequestAction>");
    }

    @Test
    void aSpecWhoseSchemasAreAllInlineGeneratesThem() throws IOException {
        Path spec = Generation.tempDir("all-inline").resolve("api.yaml");
        Files.writeString(spec, String.join("\n",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "paths:",
                "  /orders:",
                "    post:",
                "      operationId: placeOrder",
                "      requestBody:",
                "        content:",
                "          application/json:",
                "            schema: {type: object, properties: {sku: {type: string}}}",
                "          application/x-www-form-urlencoded:",
                "            schema: {type: object, properties: {sku: {type: string}}}",
                "      responses:",
                "        '200':",
                "          description: ok",
                "          content:",
                "            application/xml:",
                "              schema: {type: object, properties: {id: {type: string}}}",
                "            text/plain:",
                "              schema: {type: string}",
                ""));
        GenerationResult inline = Generation.generate(spec, Generation.tempDir("all-inline-out"), PACKAGE);
        assertThat(classNames(inline)).containsExactly("PlaceOrderRequest");
        assertThat(inline.warnings()).extracting(Problem::message).filteredOn(m -> m.contains("media type"))
                .containsExactly(
                        "1 inline object or enum schema under media type 'application/x-www-form-urlencoded' (the"
                                + " first here) gets no class: Tristate models JSON bodies (application/json,"
                                + " application/*+json)",
                        "1 inline object or enum schema under media type 'application/xml' (the first here) gets no"
                                + " class: Tristate models JSON bodies (application/json, application/*+json)");
        assertThat(inline.warnings()).filteredOn(p -> p.message().contains("x-www-form"))
                .extracting(Problem::line).containsExactly(12);
    }

    @Test
    void aDocumentWithNothingToGenerateSaysSo() throws IOException {
        Path spec = Generation.tempDir("nothing").resolve("api.yaml");
        Files.writeString(spec, "openapi: 3.1.0\ninfo: {title: t, version: '1'}\npaths: {}\n");
        GenerationResult empty = Generation.generate(spec, Generation.tempDir("nothing-out"), PACKAGE);
        assertThat(empty.generatedFiles()).isEmpty();
        assertThat(empty.warnings()).extracting(Problem::message)
                .anyMatch(m -> m.startsWith("no schema in this document becomes a class"));
    }

    @Test
    void addingAnUnrelatedOperationRenamesNothing() throws IOException {
        String original = Files.readString(Generation.fixture("inline-operations.yaml"));
        String extended = original.replace("paths:\n", String.join("\n",
                "paths:",
                "  /aaa:",
                "    post:",
                "      operationId: zeroth",
                "      requestBody:",
                "        content:",
                "          application/json:",
                "            schema: {type: object, properties: {kind: {type: string, enum: [x, y]}}}",
                "      responses:",
                "        '200':",
                "          description: ok",
                ""));
        Path spec = Generation.tempDir("extended").resolve("api.yaml");
        Files.writeString(spec, extended);
        Set<String> after = classNames(Generation.generate(spec, Generation.tempDir("extended-out"), PACKAGE));
        assertThat(after).containsAll(classNames(result)).contains("ZerothRequest", "ZerothRequestKind");
        assertThat(after).hasSize(classNames(result).size() + 2);
    }

    @Test
    void everyObjectSchemaInTheDocumentHasAClass() throws IOException {
        // Every inline object with properties, wherever it is written, is reachable from some generated class.
        long objects;
        try (Stream<String> lines = Files.lines(Generation.fixture("inline-operations.yaml"))) {
            objects = lines.filter(l -> l.trim().startsWith("properties:")).count();
        }
        long objectClasses = result.generatedFiles().stream()
                .filter(p -> !Set.of("PetsParameterTenant", "ListPetsParameterOrder", "CreatePetRequest2Kind",
                        "PatchOp", "RequestAction", "ProblemResponseHeaderXTrace", "VerbosityParameter")
                        .contains(p.getFileName().toString().replace(".java", "")))
                .count();
        // Two webhook bodies' identical action enums fold; every object is its own class.
        assertThat(objectClasses).isEqualTo(objects);
    }

    @Test
    void anAllOfOfAReferenceAndMembersThatOnlyDocumentIsTheReference() throws Exception {
        Path spec = Generation.tempDir("allof-doc").resolve("api.yaml");
        Files.writeString(spec, String.join("\n",
                "openapi: 3.0.3",
                "info: {title: t, version: '1'}",
                "paths: {}",
                "components:",
                "  schemas:",
                "    Pet:",
                "      type: object",
                "      properties: {name: {type: string}}",
                "    Owner:",
                "      type: object",
                "      properties:",
                "        pet:",
                "          allOf: [{$ref: '#/components/schemas/Pet'}, {description: the pet, x-aws: 1}]",
                "        previous:",
                "          allOf: [{$ref: '#/components/schemas/Pet'}, {nullable: true, readOnly: true}]",
                "        tagged:",
                "          allOf: [{$ref: '#/components/schemas/Pet'}, {properties: {tag: {type: string}}}]",
                ""));
        Path out = Generation.tempDir("allof-doc-out");
        GenerationResult generated = Generation.generate(spec, out, "it.allofdoc");
        assertThat(classNames(generated)).containsExactlyInAnyOrder("Pet", "Owner", "OwnerTagged", "PetView");
        InMemoryCompiler.Compiled classes = InMemoryCompiler.compile(out);
        Class<?> owner = classes.load("it.allofdoc.Owner");
        assertThat(owner.getMethod("getPet").getGenericReturnType().getTypeName())
                .isEqualTo("java.util.Optional<it.allofdoc.Pet>");
        assertThat(owner.getMethod("getPrevious").getGenericReturnType().getTypeName())
                .isEqualTo("org.openapitools.jackson.nullable.JsonNullable<it.allofdoc.Pet>");
        Object read = MAPPER.readValue("{\"pet\":{\"name\":\"Rex\"},\"previous\":null}", owner);
        assertThat(MAPPER.writeValueAsString(read)).isEqualTo("{\"pet\":{\"name\":\"Rex\"},\"previous\":null}");
    }
}
