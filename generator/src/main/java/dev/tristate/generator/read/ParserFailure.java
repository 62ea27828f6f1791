package dev.tristate.generator.read;

import dev.tristate.generator.Problem;
import java.util.List;

/**
 * An exception from Swagger Parser as a located problem. Swagger Parser stops with a bare RuntimeException on some
 * input (an unreachable URL, a reference form it does not understand); its message usually names the reference,
 * which locates it.
 */
final class ParserFailure {

    private ParserFailure() {}

    static Problem problem(List<SourceDocument> documents, RuntimeException failure) {
        String text = messages(failure);
        for (SourceDocument document : documents) {
            for (ReferenceScan.Found found : ReferenceScan.of(document.root())) {
                RefTarget target = RefTarget.parse(found.value());
                if (!target.file().isEmpty() && text.contains(target.file())) {
                    return document.problemAt(found.pointer(), "Swagger Parser cannot resolve $ref "
                            + Quoted.of(found.value()) + ": " + text);
                }
            }
        }
        // Its own words when they are words; a Java failure inside it says nothing the user can act on.
        return documents.get(0).problemAt("", SyntaxText.plain(text).equals(text.strip())
                ? "Swagger Parser cannot read the spec: " + text
                : "Swagger Parser failed on this document without saying where (a fault of the parser, not"
                        + " necessarily of the spec); please report it with the document");
    }

    /** The messages of the exception and its causes, the way a reader wants them: outermost first. */
    private static String messages(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null && t.getCause() != t; t = t.getCause()) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip();
            if (text.indexOf(message) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(message);
            }
        }
        return text.toString();
    }
}
