package dev.tristate.generator.read;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The files of one spec, already read, and where a reference in one of them leads. */
final class Documents {

    /** A node in one of the files. */
    record Site(SourceDocument document, String pointer) {
        JsonNode node() {
            return document.at(pointer);
        }
    }

    private final SourceDocument root;
    private final Map<Path, SourceDocument> byFile = new HashMap<>();

    Documents(List<SourceDocument> documents) {
        this.root = documents.get(0);
        documents.forEach(document -> byFile.putIfAbsent(key(document.file()), document));
    }

    SourceDocument root() {
        return root;
    }

    /**
     * The node a reference in {@code from} names, or null when it names nothing read (a remote document, a bare
     * name, an anchor, a missing place: each reported where references are checked).
     */
    Site target(SourceDocument from, String ref) {
        RefTarget target = RefTarget.parse(ref);
        String pointer = target.fragment() == null ? "" : target.fragment();
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            return null;
        }
        SourceDocument in;
        if (target.kind() == RefTarget.Kind.LOCAL) {
            in = from;
        } else if (target.kind() == RefTarget.Kind.FILE) {
            try {
                in = byFile.get(key(target.fileIn(from.file().toAbsolutePath().normalize().getParent())));
            } catch (InvalidPathException e) {
                return null;
            }
        } else {
            return null;
        }
        return in == null || in.at(pointer).isMissingNode() ? null : new Site(in, pointer);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
