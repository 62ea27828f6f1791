package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.HostileSpec;
import dev.tristate.generator.support.InMemoryCompiler;
import dev.tristate.generator.support.JavaCode;
import java.io.IOException;
import java.lang.reflect.Member;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The catalogue of hostile specs: every {@code *.yaml} in src/test/resources/fixtures/hostile with its expectation
 * beside it ({@code NAME.expect}, see {@link HostileSpec}), and the large ones {@link HostileSpec#synthetic} writes.
 * Each spec either generates code that compiles without a warning, runs no injected code (the marker
 * {@value #MARKER} appears nowhere outside comments and string literals, and no class or member has it in its name)
 * and shows the hostile text escaped; or it fails with a {@link GenerationException} whose every problem is
 * {@code file:line:col: message} on one line, leaving the output directory as it was. Any other exception fails.
 */
class HostileCatalogueTest {

    /** What every injection payload in the catalogue calls or declares. */
    static final String MARKER = "__pwned__";

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();
    private static final String PACKAGE = "it.hostile";

    static Stream<HostileSpec> catalogue() {
        return Stream.concat(HostileSpec.inFolder(Generation.fixture("hostile")).stream(),
                HostileSpec.synthetic(Generation.tempDir("hostile-synthetic")).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("catalogue")
    void compilesEscapedOrFailsLocated(HostileSpec spec) throws Exception {
        Path output = Generation.tempDir("hostile-out");
        Path userFile = Files.writeString(output.resolve("Mine.java"), "class Mine {}");
        Throwable thrown = catchThrowable(() -> new Generator().generate(GeneratorConfig.builder()
                .inputSpec(spec.file()).outputDirectory(output).packageName(PACKAGE).build()));
        if (spec.compiles()) {
            assertThat(thrown).as("generation of %s", spec).isNull();
            Files.delete(userFile);
            checkGenerated(spec, output);
        } else {
            assertThat(thrown).as("failure of %s", spec).isInstanceOf(GenerationException.class);
            checkProblems(spec, ((GenerationException) thrown).problems());
            try (Stream<Path> files = Files.walk(output)) {
                assertThat(files.filter(Files::isRegularFile)).as("nothing written").containsExactly(userFile);
            }
        }
    }

    private static void checkProblems(HostileSpec spec, List<Problem> problems) {
        for (Problem problem : problems) {
            assertThat(problem.line()).as("located: %s", problem).isPositive();
            assertThat(problem.column()).as("located: %s", problem).isPositive();
            assertThat(problem.toString()).as("one line").doesNotContain("\n", "\r");
        }
        List<String> actual = problems.stream().map(spec::relative).collect(Collectors.toList());
        assertThat(actual).as("problems of %s", spec).containsExactlyElementsOf(spec.errors());
    }

    private static void checkGenerated(HostileSpec spec, Path output) throws Exception {
        Path sources = output.resolve(PACKAGE.replace('.', '/'));
        List<Path> files;
        try (Stream<Path> all = Files.walk(output)) {
            files = all.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        }
        for (Path file : files) {
            assertThat(file.getParent()).as("written inside the package folder").isEqualTo(sources);
            assertThat(file.getFileName().toString().getBytes(StandardCharsets.UTF_8).length)
                    .as("file name bytes of %s", file.getFileName()).isLessThanOrEqualTo(255 - 29);
            String code = JavaCode.withoutCommentsAndLiterals(Files.readString(file));
            assertThat(code).as("code of %s", file.getFileName()).doesNotContain(MARKER);
        }
        List<String> classes = files.stream().map(f -> f.getFileName().toString().replace(".java", ""))
                .collect(Collectors.toList());
        if (spec.classCount() >= 0) {
            assertThat(classes).as("classes of %s", spec).hasSize(spec.classCount());
        } else {
            assertThat(classes).as("classes of %s", spec).containsExactlyInAnyOrderElementsOf(spec.classes());
        }
        for (HostileSpec.Text text : spec.contains()) {
            assertThat(Files.readString(sources.resolve(text.file()))).as("%s of %s", text.file(), spec)
                    .contains(text.text());
        }
        for (HostileSpec.Text text : spec.lacks()) {
            assertThat(Files.readString(sources.resolve(text.file()))).as("%s of %s", text.file(), spec)
                    .doesNotContain(text.text());
        }
        InMemoryCompiler.Compiled compiled = InMemoryCompiler.compile(output);
        assertThat(compiled.warnings()).as("javac warnings for %s", spec).isEmpty();
        for (String name : classes) {
            assertNoMarkerIn(compiled.load(PACKAGE + "." + name));
        }
        for (HostileSpec.Text roundTrip : spec.roundTrips()) {
            Class<?> type = compiled.load(PACKAGE + "." + roundTrip.file());
            Object value = MAPPER.readValue(roundTrip.text(), type);
            assertThat(MAPPER.readTree(MAPPER.writeValueAsString(value))).as("round trip through %s", type)
                    .isEqualTo(MAPPER.readTree(roundTrip.text()));
        }
    }

    private static void assertNoMarkerIn(Class<?> type) {
        List<String> names = new ArrayList<>();
        names.add(type.getName());
        Arrays.stream(type.getDeclaredMethods()).map(Member::getName).forEach(names::add);
        Arrays.stream(type.getDeclaredFields()).map(Member::getName).forEach(names::add);
        for (String name : names) {
            assertThat(name.toLowerCase(Locale.ROOT)).as("declared in %s", type).doesNotContain(MARKER);
        }
        for (Class<?> nested : type.getDeclaredClasses()) {
            assertNoMarkerIn(nested);
        }
    }
}
