package dev.tristate.generator.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The whole-text reader must be SnakeYAML's reader in all but speed: for every document, the same events at the
 * same marks (index, line, column), and the same refusal of characters YAML does not allow.
 */
class WholeTextYamlReaderTest {

    static Stream<String> documents() throws IOException {
        List<String> documents = new ArrayList<>(List.of(
                "a: 1\r\nb: [x, y]\r\n",
                "a: 1\rb: 2\r",
                "\uFEFFkey: value\n",
                "astral: \"\uD83D\uDE00 \uD83D\uDE01\"\nnext: \u2028x\n",
                "folded: >\n  one\n  two\n\nliteral: |\n  keep\n   this\n",
                "list:\n  - &a {x: 1}\n  - *a\n  - ? complex\n    : key\n",
                "tab:\t\"x\"\nlong: " + "y".repeat(5_000) + "\nafter: z\n",
                "--- \nfirst: 1\n...\n---\nsecond: 2\n",
                "unterminated: \"abc\n"));
        for (String fixture : List.of("contract.yaml", "compositions.yaml", "names.yaml", "broken-syntax.yaml")) {
            documents.add(Files.readString(Generation.fixture(fixture), StandardCharsets.UTF_8));
        }
        return documents.stream();
    }

    @ParameterizedTest
    @MethodSource("documents")
    void givesSnakeYamlsEventsAtSnakeYamlsMarks(String document) {
        assertThat(events(new WholeTextYamlReader(document, "'reader'")))
                .isEqualTo(events(new StreamReader(new java.io.StringReader(document))));
    }

    @Test
    void refusesWhatSnakeYamlRefusesAtTheSamePlace() {
        String document = "a: b\nc: \u0001\n";
        ReaderException theirs = (ReaderException) org.junit.jupiter.api.Assertions.assertThrows(ReaderException.class,
                () -> events(new StreamReader(new java.io.StringReader(document))));
        assertThatThrownBy(() -> events(new WholeTextYamlReader(document, "'reader'")))
                .isInstanceOfSatisfying(ReaderException.class, ours -> {
                    assertThat(ours.getCodePoint()).isEqualTo(theirs.getCodePoint());
                    assertThat(ours.getPosition()).isEqualTo(theirs.getPosition());
                });
    }

    /** Six million characters without a blank, then a problem on the next line: read whole, located right. */
    @Test
    void aLongLineIsReadWholeAndWhatFollowsItIsLocated() throws IOException, GenerationException {
        String blob = "x".repeat(6_000_000);
        Path spec = Files.writeString(Generation.tempDir("long-line").resolve("long.yaml"),
                "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\ncomponents:\n  schemas:\n    A:\n"
                        + "      description: " + blob + "\n      type: strnig\n");
        SourceDocument read = SourceDocument.read(spec, "long.yaml");
        assertThat(read.at("/components/schemas/A/description").asText()).isEqualTo(blob);
        assertThat(read.problemAt("/components/schemas/A/type", "m").toString()).isEqualTo("long.yaml:8:7: m");
    }

    /** Each event with where it starts and ends; the error, if any, with its place. */
    private static List<String> events(StreamReader reader) {
        List<String> events = new ArrayList<>();
        ParserImpl parser = new ParserImpl(reader, new LoaderOptions());
        try {
            while (parser.peekEvent() != null) {
                Event event = parser.getEvent();
                events.add(event + " " + mark(event.getStartMark()) + "-" + mark(event.getEndMark()));
                if (event.is(Event.ID.StreamEnd)) {
                    break;
                }
            }
        } catch (org.yaml.snakeyaml.error.MarkedYAMLException e) {
            events.add("error " + e.getProblem() + " at " + mark(e.getProblemMark()));
        }
        return events;
    }

    private static String mark(org.yaml.snakeyaml.error.Mark mark) {
        return mark == null ? "-" : mark.getIndex() + "/" + mark.getLine() + ":" + mark.getColumn();
    }
}
