package dev.tristate.generator.emit;

import dev.tristate.generator.model.Docs;

/**
 * Spec text made safe for a Javadoc comment. Descriptions are untrusted: a {@code *}{@code /} would end the
 * comment and let the rest of the text become code, and javac decodes {@code \}{@code u} escapes even inside
 * comments, so both are neutralised, and HTML is escaped so that text shows as written. Invisible formatting
 * characters become entities, so the source shows what it holds.
 */
final class Javadoc {

    private Javadoc() {}

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&':
                    out.append("&amp;");
                    break;
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '@':
                    out.append("&#64;");
                    break;
                case '\\':
                    out.append("&#92;");
                    break;
                case '*':
                    out.append(i + 1 < text.length() && text.charAt(i + 1) == '/' ? "&#42;" : "*");
                    break;
                case '\r':
                    break;
                default:
                    if (Character.isISOControl(c) && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else if (Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                        // Bidirectional overrides and other invisible characters could make the source read
                        // differently from what it is ("Trojan Source"); as entities they show in the rendered page.
                        out.append("&#x").append(Integer.toHexString(c)).append(';');
                    } else {
                        out.append(c);
                    }
            }
        }
        return out.toString().strip();
    }

    /** Joins non-empty blocks with a blank line between them, as Javadoc paragraphs. */
    static String paragraphs(String... blocks) {
        StringBuilder text = new StringBuilder();
        for (String block : blocks) {
            if (block.isBlank()) {
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(block.endsWith("\n") ? block : block + "\n");
        }
        return text.toString();
    }

    /** Description, then examples, as Javadoc paragraphs; empty when the spec says nothing. */
    static String of(Docs docs) {
        StringBuilder text = new StringBuilder();
        if (!docs.description().isBlank()) {
            text.append(escape(docs.description())).append('\n');
        }
        for (String example : docs.examples()) {
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append("<p>Example: <code>").append(escape(example)).append("</code>\n");
        }
        if (!docs.defaultValue().isEmpty()) {
            text.append(text.length() > 0 ? "\n" : "").append("<p>Default: <code>").append(escape(docs.defaultValue()))
                    .append("</code> (what the server assumes when absent; this class does not fill it in)\n");
        }
        if (docs.access() != Docs.Access.READ_WRITE) {
            text.append(text.length() > 0 ? "\n" : "").append(docs.access() == Docs.Access.READ_ONLY
                    ? "<p>Read-only: sent by the server; leave it absent in requests.\n"
                    : "<p>Write-only: sent in requests; the server does not return it.\n");
        }
        return text.toString();
    }
}
