package dev.tristate.generator.read;

import dev.tristate.generator.GenerationException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file a spec reaches through {@code $ref}, transitively. These are the files Swagger Parser reads, so an
 * incremental build fingerprints exactly them, and problems in them can be located.
 */
final class ReferencedFiles {

    private ReferencedFiles() {}

    /** The root first, then the referenced files in the order first reached. */
    static List<SourceDocument> collect(SourceDocument root) throws GenerationException {
        Map<Path, SourceDocument> read = new LinkedHashMap<>();
        read.put(root.file().toAbsolutePath().normalize(), root);
        Deque<SourceDocument> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            SourceDocument document = pending.removeFirst();
            Path base = document.file().toAbsolutePath().normalize().getParent();
            for (String ref : externalRefs(document.root())) {
                Path target = base.resolve(ref).normalize();
                if (read.containsKey(target) || !Files.isRegularFile(target)) {
                    // A missing file is reported by Swagger Parser's resolution, with the $ref that names it.
                    continue;
                }
                SourceDocument referenced = SourceDocument.read(target, target.toString());
                read.put(target, referenced);
                pending.addLast(referenced);
            }
        }
        return new ArrayList<>(read.values());
    }

    /** The file part of every {@code $ref} that names another file on disk (not URLs, not local pointers). */
    private static List<String> externalRefs(JsonNode node) {
        List<String> refs = new ArrayList<>();
        Deque<JsonNode> pending = new ArrayDeque<>(List.of(node));
        while (!pending.isEmpty()) {
            JsonNode current = pending.removeFirst();
            if (current.isObject()) {
                JsonNode ref = current.get("$ref");
                if (ref != null && ref.isTextual()) {
                    String file = fileOf(ref.asText());
                    if (file != null) {
                        refs.add(file);
                    }
                }
                for (Iterator<JsonNode> children = current.elements(); children.hasNext(); ) {
                    pending.addLast(children.next());
                }
            } else if (current.isArray()) {
                current.forEach(pending::addLast);
            }
        }
        return refs;
    }

    private static String fileOf(String ref) {
        int hash = ref.indexOf('#');
        String file = hash >= 0 ? ref.substring(0, hash) : ref;
        if (file.isEmpty() || file.contains("://")) {
            return null;
        }
        return file.replace("%20", " ");
    }
}
