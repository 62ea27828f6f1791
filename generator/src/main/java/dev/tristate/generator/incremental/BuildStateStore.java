package dev.tristate.generator.incremental;

import dev.tristate.generator.write.OutputFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and writes {@code state.txt} in one execution's state directory. A plain line format rather than JSON:
 * the up-to-date check is the whole cost of a no-op build, and starting a JSON mapper would be most of it.
 * <pre>
 * tristate-state 1
 * fingerprint &lt;one line of the fingerprint's text&gt;   (one such line per line of it)
 * outputDirectory &lt;absolute path&gt;
 * input &lt;size&gt; &lt;last modified millis&gt; &lt;sha-256&gt; &lt;absolute path&gt;
 * output &lt;last modified millis&gt; &lt;size&gt; &lt;sha-256&gt; &lt;emission key or -&gt; &lt;relative path&gt;
 * docsDirectory &lt;absolute path&gt;
 * doc &lt;last modified millis&gt; &lt;size&gt; &lt;sha-256&gt; &lt;emission key or -&gt; &lt;relative path&gt;
 * </pre>
 * The two documentation lines appear only when the run wrote documentation, so a state written before docs existed
 * reads as a run without docs. A state of version 1, which recorded no size or digest of its outputs, reads as no
 * state: the run regenerates everything, and deletes nothing it cannot prove it wrote.
 */
public final class BuildStateStore {

    private static final String HEADER = "tristate-state 2";

    private final Path file;

    public BuildStateStore(Path stateDirectory) {
        this.file = stateDirectory.resolve("state.txt");
    }

    /** The last run's state; empty when there is none or it cannot be read (then everything is regenerated). */
    public Optional<BuildState> read() {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.isEmpty() || !lines.get(0).equals(HEADER)) {
                return Optional.empty();
            }
            StringBuilder fingerprint = new StringBuilder();
            String outputDirectory = null;
            List<BuildState.Input> inputs = new ArrayList<>();
            List<BuildState.Output> outputs = new ArrayList<>();
            String docsDirectory = "";
            List<BuildState.Output> docOutputs = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                int space = line.indexOf(' ');
                String key = space < 0 ? line : line.substring(0, space);
                String value = space < 0 ? "" : line.substring(space + 1);
                switch (key) {
                    case "fingerprint":
                        fingerprint.append(value).append('\n');
                        break;
                    case "outputDirectory":
                        outputDirectory = value;
                        break;
                    case "input":
                        String[] parts = value.split(" ", 4);
                        inputs.add(new BuildState.Input(parts[3], Long.parseLong(parts[0]), Long.parseLong(parts[1]),
                                parts[2]));
                        break;
                    case "output":
                        outputs.add(output(value));
                        break;
                    case "docsDirectory":
                        docsDirectory = value;
                        break;
                    case "doc":
                        docOutputs.add(output(value));
                        break;
                    default:
                        return Optional.empty();
                }
            }
            if (outputDirectory == null || (docsDirectory.isEmpty() && !docOutputs.isEmpty())) {
                return Optional.empty();
            }
            return Optional.of(new BuildState(fingerprint.toString(), outputDirectory, inputs, outputs, docsDirectory,
                    docOutputs));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static BuildState.Output output(String value) {
        String[] parts = value.split(" ", 5);
        return new BuildState.Output(parts[4], Long.parseLong(parts[0]), Long.parseLong(parts[1]), parts[2],
                parts[3].equals("-") ? "" : parts[3]);
    }

    private static void output(StringBuilder text, String key, BuildState.Output output) {
        text.append(key).append(' ').append(output.lastModified()).append(' ').append(output.size()).append(' ')
                .append(output.sha256()).append(' ')
                .append(output.emissionKey().isEmpty() ? "-" : output.emissionKey()).append(' ')
                .append(oneLine(output.path())).append('\n');
    }

    /** Replaces the state atomically, so a reader sees the old state or the new one, never half of one. */
    public void write(BuildState state) {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        state.fingerprint().lines().forEach(line -> text.append("fingerprint ").append(line).append('\n'));
        text.append("outputDirectory ").append(oneLine(state.outputDirectory())).append('\n');
        state.inputs().forEach(input -> text.append("input ").append(input.size()).append(' ')
                .append(input.lastModified()).append(' ').append(input.sha256()).append(' ')
                .append(oneLine(input.path())).append('\n'));
        state.outputs().forEach(output -> output(text, "output", output));
        if (!state.docsDirectory().isEmpty()) {
            text.append("docsDirectory ").append(oneLine(state.docsDirectory())).append('\n');
        }
        state.docOutputs().forEach(output -> output(text, "doc", output));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = Files.createTempFile(file.getParent(), "state", ".tmp");
            try {
                Files.writeString(temporary, text, StandardCharsets.UTF_8);
                try {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException e) {
            throw new OutputFailure("write the incremental state", file, e);
        }
    }

    /** A path with a line break cannot be recorded; such a state fails to read back, which only costs a rebuild. */
    private static String oneLine(String value) {
        return value.replace('\n', '?').replace('\r', '?');
    }
}
