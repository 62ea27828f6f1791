package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.fail;

import dev.tristate.generator.evolution.ChangeReport;
import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The change report through the generator's API: the canonical revisions, last-run comparison, the build gate. */
class EvolutionTest {

    private static final Path GOLDEN = Path.of("src", "test", "resources", "golden", "changes",
            "connections-previous-to-current.md");

    @Test
    void canonicalRevisionsGiveTheReviewedReport() throws Exception {
        Path previous = Generation.canonicalSpec().resolveSibling("connections-previous.yaml");
        ChangeReport report = new Generator().diff(previous, Generation.canonicalSpec());
        String actual = report.toMarkdown();
        if (Boolean.getBoolean("tristate.updateGolden")) {
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual);
        }
        String expected = Files.readString(GOLDEN);
        if (!expected.equals(actual)) {
            fail("the change report differs from " + GOLDEN + ":\n" + GoldenFilesTest.TextDiff.unified(expected,
                    actual));
        }
        assertThat(report.wireBreakingCount()).isZero();
        assertThat(report.summary()).isEqualTo("10 changes (0 wire-breaking, 0 source-breaking)");
    }

    @Test
    void eachRegenerationComparesWithTheLastRunAndWritesTheReport() throws Exception {
        Path work = Generation.tempDir("evolution");
        Path spec = work.resolve("api.yaml");
        Path report = work.resolve("changes.md");
        Files.writeString(spec, petSpec("      required: [name]\n", "[cat, dog]"));
        GenerationResult first = run(spec, work, report, false);
        assertThat(first.changes()).as("nothing to compare with on a first run").isNull();
        assertThat(report).doesNotExist();

        Files.writeString(spec, petSpec("      required: [name]\n", "[cat, dog, bird]"));
        GenerationResult second = run(spec, work, report, false);
        assertThat(second.changes().summary()).isEqualTo("1 change (0 wire-breaking, 0 source-breaking)");
        assertThat(Files.readString(report)).contains("| enum value added | `PetKind` | 'bird' (BIRD) |");
    }

    @Test
    void failOnBreakingChangeRefusesAndNamesEachChangeWithItsLocation() throws Exception {
        Path work = Generation.tempDir("breaking");
        Path spec = work.resolve("api.yaml");
        Files.writeString(spec, petSpec("      required: [name]\n", "[cat, dog]"));
        run(spec, work, null, true);
        Path pet = work.resolve("out/it/evo/Pet.java");
        String before = Files.readString(pet);

        Files.writeString(spec, petSpec("      required: [name, kind]\n", "[cat]"));
        GenerationException e = catchThrowableOfType(GenerationException.class,
                () -> run(spec, work, null, true));
        assertThat(e.getMessage().lines()).containsExactly(
                spec + ":13:11: wire-breaking change (failOnBreakingChange): PetKind enum value removed 'dog' (DOG);"
                        + " new clients reading old JSON: old JSON may carry 'dog', now read as an unrecognized value",
                spec + ":11:9: wire-breaking change (failOnBreakingChange): Pet.kind made required; new clients"
                        + " reading old JSON: old JSON may lack it: the read fails");
        assertThat(Files.readString(pet)).as("nothing written").isEqualTo(before);

        Files.writeString(spec, petSpec("      required: [name]\n", "[cat, dog, bird]"));
        assertThat(run(spec, work, null, true).status()).isEqualTo(GenerationResult.Status.GENERATED);
    }

    @Test
    void baselineSpecReplacesTheLastRun() throws Exception {
        Path work = Generation.tempDir("baseline");
        Path published = work.resolve("published.yaml");
        Path spec = work.resolve("api.yaml");
        Files.writeString(published, petSpec("      required: [name]\n", "[cat, dog]"));
        Files.writeString(spec, petSpec("      required: [name, kind]\n", "[cat, dog]"));
        GenerationResult result = new Generator().generate(GeneratorConfig.builder().inputSpec(spec)
                .outputDirectory(work.resolve("out")).packageName("it.evo").baseline(published).build());
        assertThat(result.changes().summary()).isEqualTo("1 change (1 wire-breaking, 1 source-breaking)");
    }

    private static GenerationResult run(Path spec, Path work, Path report, boolean failOnBreaking)
            throws GenerationException {
        return new Generator().generate(GeneratorConfig.builder().inputSpec(spec).outputDirectory(work.resolve("out"))
                .packageName("it.evo").stateDirectory(work.resolve("state")).changeReport(report)
                .failOnBreakingChange(failOnBreaking).build());
    }

    private static String petSpec(String required, String kinds) throws IOException {
        return "openapi: 3.1.0\n"
                + "info: {title: Pets, version: '1'}\n"
                + "paths: {}\n"
                + "components:\n"
                + "  schemas:\n"
                + "    Pet:\n"
                + "      type: object\n"
                + required
                + "      properties:\n"
                + "        name: {type: string}\n"
                + "        kind:\n"
                + "          type: string\n"
                + "          enum: " + kinds + "\n";
    }
}
