package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tristate.generator.GenerationResult.Status;
import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fingerprint decides whether to run; a run writes only changes and deletes only its own stale files.
 * The fixture is OpenAPI 3.1 with a schema in another file, which keeps its own class name (Address).
 */
class IncrementalGenerationTest {

    private static final String ROOT = String.join("\n",
            "openapi: 3.1.0",
            "info: {title: Incremental, version: '1'}",
            "paths: {}",
            "components:",
            "  schemas:",
            "    Pet:",
            "      type: object",
            "      properties:",
            "        name: {type: string}",
            "        home: {$ref: 'common/address.yaml#/components/schemas/Address'}",
            "    Owner:",
            "      type: object",
            "      properties:",
            "        name: {type: string}",
            "");
    private static final String ADDRESS = String.join("\n",
            "openapi: 3.1.0",
            "info: {title: Common, version: '1'}",
            "paths: {}",
            "components:",
            "  schemas:",
            "    Address:",
            "      type: object",
            "      properties:",
            "        street: {type: string}",
            "");

    private Path work;
    private Path spec;
    private Path output;
    private Path state;

    @BeforeEach
    void setUp() throws IOException {
        work = Generation.tempDir("incremental");
        spec = work.resolve("api.yaml");
        Files.writeString(spec, ROOT);
        Files.createDirectories(work.resolve("common"));
        Files.writeString(work.resolve("common/address.yaml"), ADDRESS);
        output = work.resolve("generated");
        state = work.resolve("state");
    }

    @Test
    void unchangedSpecIsSkippedWithoutTouchingAFile() throws Exception {
        long start = System.nanoTime();
        GenerationResult first = run("it.pets");
        long wall = (System.nanoTime() - start) / 1_000_000;
        assertThat(first.status()).isEqualTo(Status.GENERATED);
        assertThat(first.timings().readMillis() + first.timings().writeMillis()).isBetween(0L, wall);
        assertThat(names(first.generatedFiles())).containsExactly("Address.java", "Owner.java", "Pet.java");
        List<FileTime> before = times();
        GenerationResult second = run("it.pets");
        assertThat(second.status()).isEqualTo(Status.UP_TO_DATE);
        assertThat(second.changedFiles()).isEmpty();
        assertThat(second.timings()).isEqualTo(GenerationResult.Timings.NONE);
        assertThat(times()).isEqualTo(before);
    }

    @Test
    void onePropertyAddedRewritesExactlyThatFile() throws Exception {
        run("it.pets");
        Files.writeString(spec, ROOT.replace("        name: {type: string}\n        home",
                "        name: {type: string}\n        age: {type: integer}\n        home"));
        GenerationResult second = run("it.pets");
        assertThat(second.status()).isEqualTo(Status.GENERATED);
        assertThat(names(second.changedFiles())).containsExactly("Pet.java");
        assertThat(second.deletedFiles()).isEmpty();
    }

    @Test
    void sameSizeEditIsSeenThroughItsNewTimestamp() throws Exception {
        run("it.pets");
        FileTime before = Files.getLastModifiedTime(spec);
        String edited = ROOT.substring(0, ROOT.indexOf("    Owner:")) + ROOT.substring(ROOT.indexOf("    Owner:"))
                .replace("name:", "nome:");
        assertThat(edited).hasSameSizeAs(ROOT).isNotEqualTo(ROOT);
        Files.writeString(spec, edited);
        Files.setLastModifiedTime(spec, FileTime.fromMillis(before.toMillis() + 2000));
        GenerationResult second = run("it.pets");
        assertThat(second.status()).isEqualTo(Status.GENERATED);
        assertThat(names(second.changedFiles())).containsExactly("Owner.java");
    }

    @Test
    void referencedFileChangeRegenerates() throws Exception {
        run("it.pets");
        Files.writeString(work.resolve("common/address.yaml"), ADDRESS + "        city: {type: string}\n");
        GenerationResult second = run("it.pets");
        assertThat(second.status()).isEqualTo(Status.GENERATED);
        assertThat(names(second.changedFiles())).containsExactly("Address.java");
    }

    @Test
    void removedSchemaIsDeletedAndUserFilesStay() throws Exception {
        run("it.pets");
        Path mine = Files.writeString(output.resolve("it/pets/Mine.java"), "package it.pets; class Mine {}");
        Files.writeString(spec, ROOT.substring(0, ROOT.indexOf("    Owner:")));
        GenerationResult second = run("it.pets");
        assertThat(names(second.deletedFiles())).containsExactly("Owner.java");
        assertThat(output.resolve("it/pets/Owner.java")).doesNotExist();
        assertThat(mine).exists();
        assertThat(second.changedFiles()).isEmpty();
    }

    @Test
    void packageChangeRegeneratesAndRemovesTheOldPackage() throws Exception {
        run("it.pets");
        GenerationResult second = run("it.animals");
        assertThat(second.status()).isEqualTo(Status.GENERATED);
        assertThat(second.deletedFiles()).hasSize(3);
        assertThat(output.resolve("it/pets")).doesNotExist();
        assertThat(output.resolve("it/animals/Pet.java")).exists();
    }

    @Test
    void forceAndHandEditedOutputsRegenerate() throws Exception {
        run("it.pets");
        GenerationResult forced = new Generator().generate(config("it.pets").force(true).build());
        assertThat(forced.status()).isEqualTo(Status.GENERATED);
        assertThat(forced.changedFiles()).isEmpty();
        Files.writeString(output.resolve("it/pets/Pet.java"), "// broken by hand");
        GenerationResult repaired = run("it.pets");
        assertThat(repaired.status()).isEqualTo(Status.GENERATED);
        assertThat(names(repaired.changedFiles())).containsExactly("Pet.java");
        Files.delete(output.resolve("it/pets/Owner.java"));
        assertThat(run("it.pets").changedFiles()).extracting(Path::getFileName).extracting(Path::toString)
                .containsExactly("Owner.java");
    }

    @Test
    void fingerprintExtrasTakePart() throws Exception {
        run("it.pets");
        GenerationResult other = new Generator().generate(config("it.pets").fingerprintExtra("plugin", "2").build());
        assertThat(other.status()).isEqualTo(Status.GENERATED);
    }

    @Test
    void brokenSpecAfterAGoodRunLeavesOutputsAndRecoversWhenFixed() throws Exception {
        run("it.pets");
        List<FileTime> before = times();
        Files.writeString(spec, ROOT.replace("name: {type: string}\n        home", "name: {type: strin}\n        home"));
        assertThatThrownBy(() -> run("it.pets")).isInstanceOf(GenerationException.class)
                .hasMessageContaining("api.yaml:9:");
        assertThat(times()).isEqualTo(before);
        Files.writeString(spec, ROOT);
        GenerationResult fixed = run("it.pets");
        assertThat(fixed.status()).as("the failed run recorded nothing").isEqualTo(Status.UP_TO_DATE);
    }

    /**
     * The state file is the build's to write but anything's to change. An output line naming a place outside the
     * output directory, or a file that is no longer what the generator wrote, must not lead to a deletion, even
     * where the recorded time matches.
     */
    @Test
    void staleFilesAreDeletedOnlyBelowTheOutputAndOnlyAsWritten() throws Exception {
        run("it.pets");
        Path outside = Files.writeString(work.resolve("outside.txt"), "not generated");
        Path absolute = Files.writeString(work.resolve("absolute.txt"), "not generated either");
        Path owner = output.resolve("it/pets/Owner.java");
        Path address = output.resolve("it/pets/Address.java");
        Path stateFile = state.resolve("state.txt");
        String recorded = Files.readString(stateFile);
        String time = String.valueOf(Files.getLastModifiedTime(outside).toMillis());
        String digest = dev.tristate.generator.read.Hashes.hex(dev.tristate.generator.read.Hashes.sha256(outside));
        Files.writeString(stateFile, recorded
                + "output " + time + " " + Files.size(outside) + " " + digest + " - ../outside.txt\n"
                + "output " + Files.getLastModifiedTime(absolute).toMillis() + " " + Files.size(absolute) + " "
                + dev.tristate.generator.read.Hashes.hex(dev.tristate.generator.read.Hashes.sha256(absolute)) + " - "
                + absolute + "\n");
        // Owner.java edited by hand, its time put back: the digest tells.
        FileTime ownerTime = Files.getLastModifiedTime(owner);
        Files.writeString(owner, Files.readString(owner).replace("Owner", "OWNER"));
        Files.setLastModifiedTime(owner, ownerTime);
        String shortened = ROOT.substring(0, ROOT.indexOf("    Owner:")).replace("        home: {$ref: 'common/address.yaml#/components/schemas/Address'}\n", "");
        Files.writeString(spec, shortened);

        GenerationResult second = run("it.pets");
        assertThat(outside).hasContent("not generated");
        assertThat(absolute).hasContent("not generated either");
        assertThat(owner).exists();
        assertThat(names(second.deletedFiles())).containsExactly("Address.java");
        assertThat(address).doesNotExist();
        assertThat(second.warnings()).extracting(Problem::toString).containsExactlyInAnyOrder(
                "state: kept " + outside + ": the state names it, but it is not below the output directory "
                        + output.toAbsolutePath().normalize() + " (the state file was edited)",
                "state: kept " + absolute + ": the state names it, but it is not below the output directory "
                        + output.toAbsolutePath().normalize() + " (the state file was edited)",
                "state: kept " + owner.toAbsolutePath().normalize() + ": it is no longer generated, but its content"
                        + " differs from what Tristate wrote; delete it yourself if it is not needed");
    }

    private GenerationResult run(String packageName) throws GenerationException {
        return new Generator().generate(config(packageName).build());
    }

    private GeneratorConfig.Builder config(String packageName) {
        return GeneratorConfig.builder().inputSpec(spec).outputDirectory(output).packageName(packageName)
                .stateDirectory(state);
    }

    private List<FileTime> times() throws IOException {
        try (Stream<Path> files = Files.walk(output)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> {
                try {
                    return Files.getLastModifiedTime(f);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).collect(Collectors.toList());
        }
    }

    private static List<String> names(List<Path> files) {
        return files.stream().map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
}
