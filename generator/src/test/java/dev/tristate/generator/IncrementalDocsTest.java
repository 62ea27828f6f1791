package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.generator.GenerationResult.Status;
import dev.tristate.generator.incremental.BuildState;
import dev.tristate.generator.incremental.BuildStateStore;
import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Docs are regenerated with the models: same fingerprint, only changed pages written, the same stale-file rules. */
class IncrementalDocsTest {

    private static final String SPEC = String.join("\n",
            "openapi: 3.1.0",
            "info: {title: Pets, version: '1'}",
            "paths: {}",
            "components:",
            "  schemas:",
            "    Pet:",
            "      description: A pet.",
            "      type: object",
            "      properties:",
            "        name: {type: string}",
            "        owner: {$ref: '#/components/schemas/Owner'}",
            "    Owner:",
            "      description: Who feeds the pet.",
            "      type: object",
            "      properties:",
            "        name: {type: string}",
            "");

    private Path spec;
    private Path output;
    private Path docs;
    private Path state;

    @BeforeEach
    void setUp() throws IOException {
        Path work = Generation.tempDir("incremental-docs");
        spec = Files.writeString(work.resolve("api.yaml"), SPEC);
        output = work.resolve("java");
        docs = work.resolve("docs");
        state = work.resolve("state");
    }

    @Test
    void unchangedSpecRewritesNoPage() throws Exception {
        GenerationResult first = run();
        assertThat(names(first.generatedDocs())).containsExactly("Owner.md", "Pet.md", "README.md");
        assertThat(first.changedDocs()).isEqualTo(first.generatedDocs());
        Map<Path, FileTime> before = times(docs);
        GenerationResult second = run();
        assertThat(second.status()).isEqualTo(Status.UP_TO_DATE);
        assertThat(second.generatedDocs()).isEqualTo(first.generatedDocs());
        assertThat(times(docs)).isEqualTo(before);

        GenerationResult forced = new Generator().generate(config().force(true).build());
        assertThat(forced.status()).isEqualTo(Status.GENERATED);
        assertThat(forced.changedDocs()).as("same bytes, nothing written").isEmpty();
        assertThat(times(docs)).isEqualTo(before);
    }

    @Test
    void onePropertyAddedRewritesThatPageOnly() throws Exception {
        run();
        Files.writeString(spec, SPEC.replace("        name: {type: string}\n        owner",
                "        name: {type: string}\n        age: {type: integer}\n        owner"));
        GenerationResult second = run();
        assertThat(names(second.changedFiles())).containsExactly("Pet.java");
        assertThat(names(second.changedDocs())).containsExactly("Pet.md");
        assertThat(Files.readString(docs.resolve("Pet.md"))).contains("| `age` | *Optional&lt;Long&gt;* |");
    }

    @Test
    void removedSchemaDeletesItsPageAndLeavesUserFilesAlone() throws Exception {
        run();
        Path notes = Files.writeString(docs.resolve("NOTES.md"), "# written by hand\n");
        Path mine = Files.writeString(output.resolve("it/docs/Mine.java"), "package it.docs; class Mine {}");
        Files.writeString(spec, SPEC.substring(0, SPEC.indexOf("    Owner:"))
                .replace("        owner: {$ref: '#/components/schemas/Owner'}\n", ""));
        GenerationResult second = run();
        assertThat(names(second.deletedDocs())).containsExactly("Owner.md");
        assertThat(names(second.deletedFiles())).containsExactly("Owner.java");
        assertThat(names(second.changedDocs())).containsExactly("Pet.md", "README.md");
        assertThat(docs.resolve("Owner.md")).doesNotExist();
        assertThat(Files.readString(docs.resolve("README.md"))).doesNotContain("Owner");
        assertThat(notes).hasContent("# written by hand");
        assertThat(mine).exists();
    }

    @Test
    void editedOrDeletedPageIsWrittenAgain() throws Exception {
        run();
        Files.writeString(docs.resolve("Pet.md"), "edited by hand\n");
        GenerationResult repaired = run();
        assertThat(repaired.status()).isEqualTo(Status.GENERATED);
        assertThat(names(repaired.changedDocs())).containsExactly("Pet.md");
        assertThat(repaired.changedFiles()).isEmpty();
        Files.delete(docs.resolve("README.md"));
        assertThat(names(run().changedDocs())).containsExactly("README.md");
    }

    @Test
    void movedDocsDirectoryRegeneratesAndRemovesTheOldPages() throws Exception {
        run();
        Path elsewhere = docs.resolveSibling("docs2");
        GenerationResult moved = new Generator().generate(config().docsDirectory(elsewhere).build());
        assertThat(moved.status()).as("the docs directory is part of the fingerprint").isEqualTo(Status.GENERATED);
        assertThat(moved.changedFiles()).isEmpty();
        assertThat(names(moved.deletedDocs())).containsExactly("Owner.md", "Pet.md", "README.md");
        assertThat(docs).as("the old pages are gone, the directory itself stays, as for sources").isEmptyDirectory();
        assertThat(elsewhere.resolve("Pet.md")).exists();
    }

    @Test
    void docsSwitchedOffDeletesThePagesOfTheLastRun() throws Exception {
        run();
        Path notes = Files.writeString(docs.resolve("NOTES.md"), "mine\n");
        GenerationResult off = new Generator().generate(config().docsDirectory(null).build());
        assertThat(off.status()).isEqualTo(Status.GENERATED);
        assertThat(off.generatedDocs()).isEmpty();
        assertThat(names(off.deletedDocs())).containsExactly("Owner.md", "Pet.md", "README.md");
        assertThat(off.changedFiles()).isEmpty();
        assertThat(notes).exists();
        assertThat(new Generator().generate(config().docsDirectory(null).build()).status())
                .isEqualTo(Status.UP_TO_DATE);
    }

    @Test
    void stateRecordsDocPagesAndReadsAStateWithoutThem() throws Exception {
        run();
        String text = Files.readString(state.resolve("state.txt"));
        assertThat(text).contains("\ndocsDirectory " + docs.toAbsolutePath().normalize() + "\n")
                .contains("\ndoc ").contains(" Pet.md\n").contains(" README.md\n");
        BuildState read = new BuildStateStore(state).read().orElseThrow();
        assertThat(read.docOutputs()).extracting(BuildState.Output::path)
                .containsExactlyInAnyOrder("Pet.md", "Owner.md", "README.md");

        // A state written before docs existed: no doc lines. It still reads, as a run without docs.
        String withoutDocs = text.lines().filter(line -> !line.startsWith("doc"))
                .collect(Collectors.joining("\n", "", "\n"));
        Files.writeString(state.resolve("state.txt"), withoutDocs);
        BuildState old = new BuildStateStore(state).read().orElseThrow();
        assertThat(old.docsDirectory()).isEmpty();
        assertThat(old.docOutputs()).isEmpty();
        assertThat(old.outputs()).hasSize(2);
    }

    private GenerationResult run() throws GenerationException {
        return new Generator().generate(config().build());
    }

    private GeneratorConfig.Builder config() {
        return GeneratorConfig.builder().inputSpec(spec).outputDirectory(output).packageName("it.docs")
                .stateDirectory(state).docsDirectory(docs);
    }

    private static Map<Path, FileTime> times(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            Map<Path, FileTime> times = new TreeMap<>();
            for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                times.put(root.relativize(file), Files.getLastModifiedTime(file));
            }
            return times;
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
}
