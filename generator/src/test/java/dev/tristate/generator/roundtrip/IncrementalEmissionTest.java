package dev.tristate.generator.roundtrip;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.tristate.generator.GenerationException;
import dev.tristate.generator.GenerationResult;
import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A run with incremental state emits only the types whose emission key changed and takes the other files on as
 * they are. That is right only if every emitter's inputs are in the key; so random specs are edited step by step
 * (properties added, removed, renamed, made required or nullable, redocumented; schemas added and removed; enum
 * values and union variants added; the title changed) and after every step the incremental output must equal, byte
 * for byte and file for file, what a forced full run writes.
 */
class IncrementalEmissionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long SEED = Long.getLong("tristate.incremental.seed", 20261203L);
    private static final int SPECS = Integer.getInteger("tristate.incremental.specs", 6);
    private static final int EDITS = Integer.getInteger("tristate.incremental.edits", 12);

    @Test
    void incrementalOutputEqualsAFullRunAfterEveryEdit() throws Exception {
        int reused = 0;
        int emitted = 0;
        int steps = 0;
        for (int s = 0; s < SPECS; s++) {
            Random random = new Random(Seeds.derive(SEED, s));
            RandomSpec spec = new RandomSchemas(random, new Features(true), new Coverage()).spec(8);
            ObjectNode document = SpecRenderer.document(spec, "Incremental " + s);
            Path work = Generation.tempDir("incremental-emission");
            Path file = work.resolve("api.json");
            for (int e = 0; e <= EDITS; e++) {
                String edit = e == 0 ? "first run" : edit(document, random);
                Files.writeString(file, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document));
                String where = "seed " + SEED + ", spec " + s + ", step " + e + " (" + edit + ")";
                GenerationResult incremental = run(file, work.resolve("incremental"), work.resolve("state"), false);
                GenerationResult full = run(file, work.resolve("full-" + e), null, true);
                assertThat(incremental == null).as("both runs fail or neither, " + where).isEqualTo(full == null);
                if (incremental == null) {
                    continue;
                }
                assertThat(contents(work.resolve("incremental"))).as(where)
                        .isEqualTo(contents(work.resolve("full-" + e)));
                reused += incremental.reusedFiles().size();
                emitted += incremental.generatedFiles().size() - incremental.reusedFiles().size();
                steps++;
            }
        }
        System.out.printf("IncrementalEmissionTest: seed %d, %d steps: %d files emitted, %d taken on unemitted%n",
                SEED, steps, emitted, reused);
        assertThat(reused).as("the mechanism is exercised: most files survive most edits").isGreaterThan(emitted);
    }

    /** One canonical-spec property redocumented: its class is emitted, every other file is taken on as it is. */
    @Test
    void oneChangedPropertyEmitsOneFile() throws Exception {
        Path work = Generation.tempDir("incremental-one");
        Path spec = work.resolve("connections.yaml");
        String text = Files.readString(Generation.canonicalSpec());
        Files.writeString(spec, text);
        GenerationResult first = run(spec, work.resolve("out"), work.resolve("state"), false);
        assertThat(first.reusedFiles()).isEmpty();
        String marker = "description: The connection ID.";
        assertThat(text).contains(marker);
        Files.writeString(spec, text.replaceFirst(java.util.regex.Pattern.quote(marker),
                "description: The connection identifier."));
        GenerationResult second = run(spec, work.resolve("out"), work.resolve("state"), false);
        List<Path> emitted = new ArrayList<>(second.generatedFiles());
        emitted.removeAll(second.reusedFiles());
        assertThat(emitted).extracting(p -> p.getFileName().toString()).containsExactly("Connection.java");
        assertThat(second.changedFiles()).extracting(p -> p.getFileName().toString())
                .containsExactly("Connection.java");
    }

    /**
     * A union's text depends on what its variants are (an integer enum is matched differently from a string one),
     * not only on their names: retyping a variant re-emits the union though the union's own schema is unchanged.
     */
    @Test
    void aUnionIsEmittedAgainWhenAVariantChangesKind() throws Exception {
        Path work = Generation.tempDir("incremental-union");
        Path spec = work.resolve("api.yaml");
        String before = String.join("\n", "openapi: 3.0.3", "info: {title: U, version: '1'}", "paths: {}",
                "components:", "  schemas:", "    Choice:", "      oneOf:",
                "        - $ref: '#/components/schemas/Level'", "        - $ref: '#/components/schemas/Box'",
                "    Level:", "      type: string", "      enum: [low, high]", "    Box:", "      type: object",
                "      required: [size]", "      properties:", "        size: {type: integer}", "");
        Files.writeString(spec, before);
        run(spec, work.resolve("out"), work.resolve("state"), false);
        Files.writeString(spec, before.replace("      type: string\n      enum: [low, high]",
                "      type: integer\n      enum: [1, 2]"));
        GenerationResult second = run(spec, work.resolve("out"), work.resolve("state"), false);
        run(spec, work.resolve("full"), null, true);
        assertThat(contents(work.resolve("out"))).isEqualTo(contents(work.resolve("full")));
        assertThat(second.changedFiles()).extracting(p -> p.getFileName().toString())
                .containsExactlyInAnyOrder("Choice.java", "Level.java");
    }

    private static GenerationResult run(Path spec, Path output, Path state, boolean force) {
        try {
            return new Generator().generate(GeneratorConfig.builder().inputSpec(spec).outputDirectory(output)
                    .packageName("it.incremental").stateDirectory(state).force(force).build());
        } catch (GenerationException e) {
            return null;
        }
    }

    private static Map<String, String> contents(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(path).toString(), Files.readString(path));
            }
        }
        return files;
    }

    /** Applies one random edit to the document; says which. */
    private static String edit(ObjectNode document, Random random) {
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        List<ObjectNode> objects = new ArrayList<>();
        List<String> names = new ArrayList<>();
        schemas.fields().forEachRemaining(entry -> {
            names.add(entry.getKey());
            if (entry.getValue().path("properties").isObject()) {
                objects.add((ObjectNode) entry.getValue());
            }
        });
        int kind = random.nextInt(10);
        if (objects.isEmpty() && kind < 6) {
            kind = 6;
        }
        ObjectNode object = objects.isEmpty() ? null : objects.get(random.nextInt(objects.size()));
        ObjectNode properties = object == null ? null : (ObjectNode) object.get("properties");
        String property = properties == null || properties.isEmpty() ? null : nth(properties, random);
        boolean v31 = document.path("openapi").asText().startsWith("3.1");
        switch (kind) {
            case 0:
                properties.putObject("added" + random.nextInt(1000)).put("type", "string");
                return "property added";
            case 1:
                if (property == null) {
                    return "nothing";
                }
                properties.remove(property);
                removeRequired(object, property);
                return "property " + property + " removed";
            case 2:
                if (property == null) {
                    return "nothing";
                }
                JsonNode moved = properties.remove(property);
                properties.set(property + "Renamed", moved);
                removeRequired(object, property);
                return "property " + property + " renamed";
            case 3:
                if (property == null) {
                    return "nothing";
                }
                ArrayNode required = object.has("required") ? (ArrayNode) object.get("required")
                        : object.putArray("required");
                if (!removeRequired(object, property)) {
                    required.add(property);
                }
                return "property " + property + " required toggled";
            case 4:
                if (property == null || !properties.get(property).isObject()) {
                    return "nothing";
                }
                ObjectNode schema = (ObjectNode) properties.get(property);
                if (v31 || schema.has("$ref")) {
                    properties.putObject(property).put("type", "integer").put("format", "int64");
                    return "property " + property + " retyped";
                }
                schema.put("nullable", !schema.path("nullable").asBoolean(false));
                return "property " + property + " nullability toggled";
            case 5:
                if (property == null || !properties.get(property).isObject()) {
                    return "nothing";
                }
                ((ObjectNode) properties.get(property)).put("description", "Edited " + random.nextInt(1000) + ".");
                return "property " + property + " redocumented";
            case 6: {
                String name = "Added" + random.nextInt(1000);
                ObjectNode added = schemas.putObject(name).put("type", "object");
                added.putObject("properties").putObject("value").put("type", "string");
                if (object != null) {
                    properties.putObject("to" + name).put("$ref", "#/components/schemas/" + name);
                }
                return "schema " + name + " added";
            }
            case 7: {
                String text = document.toString();
                for (String name : names) {
                    if (!text.contains("\"#/components/schemas/" + name + "\"") && names.size() > 1) {
                        schemas.remove(name);
                        return "schema " + name + " removed";
                    }
                }
                return "nothing";
            }
            case 8: {
                for (String name : names) {
                    JsonNode values = schemas.get(name).path("enum");
                    if (values.isArray() && !values.isEmpty() && values.get(0).isTextual() && random.nextBoolean()) {
                        ((ArrayNode) values).add("added" + random.nextInt(1000));
                        return "enum " + name + " value added";
                    }
                    if (values.isArray() && !values.isEmpty() && random.nextBoolean()) {
                        // A union tells an integer enum variant from a string one: its text depends on this.
                        ObjectNode retyped = schemas.putObject(name).put("type", "integer");
                        retyped.putArray("enum").add(1).add(2);
                        return "enum " + name + " retyped";
                    }
                    JsonNode variants = schemas.get(name).path("oneOf");
                    if (variants.isArray() && !schemas.get(name).has("discriminator")) {
                        String target = "Variant" + random.nextInt(1000);
                        ObjectNode variant = schemas.putObject(target).put("type", "object");
                        variant.putArray("required").add("only" + target);
                        variant.putObject("properties").putObject("only" + target).put("type", "boolean");
                        ((ArrayNode) variants).addObject().put("$ref", "#/components/schemas/" + target);
                        return "union " + name + " variant added";
                    }
                }
                return "nothing";
            }
            default:
                ((ObjectNode) document.get("info")).put("title", "Retitled " + random.nextInt(1000));
                return "title changed";
        }
    }

    private static boolean removeRequired(ObjectNode object, String property) {
        JsonNode required = object.path("required");
        for (int i = 0; required.isArray() && i < required.size(); i++) {
            if (required.get(i).asText().equals(property)) {
                ((ArrayNode) required).remove(i);
                return true;
            }
        }
        return false;
    }

    private static String nth(ObjectNode node, Random random) {
        int index = random.nextInt(node.size());
        Iterator<String> names = node.fieldNames();
        for (int i = 0; i < index; i++) {
            names.next();
        }
        return names.next();
    }
}
