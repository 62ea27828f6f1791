package dev.tristate.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A committed list of examples known not to round-trip, as a Markdown table whose first three columns are the spec,
 * the example's JSON pointer and, in backticks, either the {@code file:line:col} of the wrong value (a spec defect)
 * or the reduced fixture that reproduces it (a generator defect). The rest of a row is for people.
 */
final class KnownDefects {

    /** One listed example: where it is, and the third column as written. */
    record Entry(String spec, String examplePointer, String reference) {
        String key() {
            return key(spec, examplePointer);
        }

        static String key(String spec, String examplePointer) {
            return spec + " " + examplePointer;
        }
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*([^|\\s]+)\\s*\\|\\s*`([^`]*)`\\s*\\|\\s*`([^`]*)`.*");

    private final Map<String, Entry> entries;

    private KnownDefects(Map<String, Entry> entries) {
        this.entries = entries;
    }

    static KnownDefects read(Path file) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                Matcher row = ROW.matcher(line);
                if (row.matches()) {
                    Entry entry = new Entry(row.group(1), row.group(2), row.group(3));
                    if (entries.put(entry.key(), entry) != null) {
                        throw new AssertionError(file + " lists " + entry.key() + " twice");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownDefects(entries);
    }

    List<Entry> of(String spec) {
        return entries.values().stream().filter(e -> e.spec().equals(spec)).toList();
    }

    Optional<Entry> find(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    List<Entry> all() {
        return List.copyOf(entries.values());
    }
}
