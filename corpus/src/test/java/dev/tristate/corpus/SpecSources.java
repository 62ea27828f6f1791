package dev.tristate.corpus;

import dev.tristate.generator.Problem;
import dev.tristate.generator.read.SourceDocument;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The files a spec was read from, as written, to find the schema a model pointer names and to say on which line of
 * which file something is. The model names component schemas as {@code /components/schemas/<name>} of the root
 * document; in a multi-file spec a referenced component is written under the same pointer in another file.
 */
final class SpecSources {

    private final List<SourceDocument> documents;
    private final Path displayBase;

    /**
     * @param documents the root first, then every file reached through a {@code $ref}
     * @param displayBase locations are given relative to this folder
     */
    SpecSources(List<SourceDocument> documents, Path displayBase) {
        this.documents = List.copyOf(documents);
        this.displayBase = displayBase.toAbsolutePath().normalize();
    }

    List<SourceDocument> documents() {
        return documents;
    }

    /** The file that holds the schema at a model pointer: the root if it has one there, else the first that does. */
    Optional<SourceDocument> holding(String pointer) {
        return documents.stream().filter(d -> !d.at(pointer).isMissingNode()).findFirst();
    }

    /** {@code file:line:col} of the node at a pointer (or of its nearest ancestor written in the file). */
    String locate(SourceDocument document, String pointer) {
        Problem at = document.problemAt(pointer, "");
        return display(document) + ":" + at.line() + ":" + at.column();
    }

    String display(SourceDocument document) {
        Path file = document.file().toAbsolutePath().normalize();
        return (file.startsWith(displayBase) ? displayBase.relativize(file) : file).toString().replace('\\', '/');
    }
}
