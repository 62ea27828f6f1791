package dev.tristate.generator.docs;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Spec text made safe for a Markdown page. Descriptions are CommonMark by the OpenAPI specification, so their
 * formatting is kept, but they are untrusted. The rule that keeps HTML out: no {@code <} or {@code >} from the spec
 * reaches the page raw. Outside code they become {@code &lt;} and {@code &gt;}; a code span or fenced block that
 * holds one is written as HTML {@code <code>} or {@code <pre>} with its text escaped, so it still shows as written.
 * Without a raw {@code <} no tag, comment or autolink can form, whatever a renderer makes of the rest. In a table
 * cell every {@code |} is escaped (GFM reads {@code \|} as a pipe inside code spans too) and line breaks cannot end
 * the row. Example values and names are data, shown literally.
 */
final class Markdown {

    /** Stands for a paragraph break inside a table cell until it is written as {@code <br><br>}. */
    private static final char PARAGRAPH = '\u0000';

    private Markdown() {}

    /** A description as page text: its Markdown kept, raw HTML escaped, a code fence it opens closed. */
    static String block(String text) {
        String[] lines = normalize(text).strip().split("\n", -1);
        StringBuilder out = new StringBuilder(text.length() + 16);
        StringBuilder paragraph = new StringBuilder();
        int i = 0;
        while (i < lines.length) {
            String fence = fence(lines[i]);
            if (fence == null) {
                paragraph.append(lines[i]).append('\n');
                i++;
                continue;
            }
            out.append(inline(paragraph.toString(), false));
            paragraph.setLength(0);
            int close = i + 1;
            while (close < lines.length && !closes(lines[close], fence)) {
                close++;
            }
            List<String> content = Arrays.asList(lines).subList(i + 1, Math.min(close, lines.length));
            if (content.stream().anyMatch(line -> line.indexOf('<') >= 0 || line.indexOf('>') >= 0)) {
                out.append("<pre><code>");
                out.append(content.stream().map(Markdown::html).collect(Collectors.joining("\n")));
                out.append("</code></pre>\n");
            } else {
                out.append(lines[i]).append('\n');
                content.forEach(line -> out.append(line).append('\n'));
                out.append(close < lines.length ? lines[close] : fence).append('\n');
            }
            i = close + 1;
        }
        out.append(inline(paragraph.toString(), false));
        return out.toString().strip();
    }

    /**
     * A description as one table cell: raw HTML escaped, {@code |} escaped, a paragraph break as {@code <br><br>}
     * and any other line break as a space. Empty stays empty.
     */
    static String cell(String text) {
        String flat = normalize(text).strip().replaceAll("[ \t]*\n[ \t]*(\n[ \t]*)+", String.valueOf(PARAGRAPH))
                .replace('\n', ' ');
        return inline(flat, true);
    }

    /**
     * Text shown exactly as it is (an example value, a title): every character Markdown or HTML would act on is
     * escaped; a line break becomes {@code <br>}. For table cells and running text alike.
     */
    static String literal(String text) {
        String normalized = normalize(text);
        StringBuilder out = new StringBuilder(normalized.length() + 16);
        for (int i = 0; i < normalized.length(); i++) {
            char c = normalized.charAt(i);
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '&':
                    out.append("&amp;");
                    break;
                case '\n':
                    out.append("<br>");
                    break;
                case '_':
                    boolean intraword = i > 0 && i + 1 < normalized.length()
                            && Character.isLetterOrDigit(normalized.charAt(i - 1))
                            && Character.isLetterOrDigit(normalized.charAt(i + 1));
                    out.append(intraword ? "_" : "\\_");
                    break;
                case '\\':
                case '`':
                case '*':
                case '[':
                case ']':
                case '|':
                case '~':
                    out.append('\\').append(c);
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * A name (wire name, enum value, Java name) as a code span for a table cell, with a fence longer than any
     * backtick run in it; {@code |} escaped for the table, a line break (which a cell cannot hold) as a space. A
     * name holding {@code <} or {@code >} is written as HTML {@code <code>} with its text escaped.
     */
    static String code(String text) {
        String flat = normalize(text).replace('\n', ' ');
        if (flat.isEmpty()) {
            return "*(empty string)*";
        }
        if (flat.indexOf('<') >= 0 || flat.indexOf('>') >= 0) {
            return "<code>" + literal(flat) + "</code>";
        }
        String content = flat.replace("|", "\\|");
        int longest = 0;
        int run = 0;
        for (int i = 0; i < content.length(); i++) {
            run = content.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(longest + 1);
        boolean pad = content.startsWith("`") || content.endsWith("`")
                || (content.startsWith(" ") && content.endsWith(" ") && !content.isBlank());
        String padding = pad ? " " : "";
        return fence + padding + content + padding + fence;
    }

    /**
     * The first sentence of a description, for the index: up to the first {@code .}, {@code !} or {@code ?} outside
     * parentheses that is followed by the end, or by white space and anything but a lower-case letter, and does not
     * end an abbreviation ("e.g. Salesforce"); never past the first paragraph.
     */
    static String firstSentence(String text) {
        String normalized = normalize(text).strip();
        int paragraph = normalized.indexOf("\n\n");
        String first = paragraph < 0 ? normalized : normalized.substring(0, paragraph);
        int depth = 0;
        for (int i = 0; i < first.length(); i++) {
            char c = first.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')') {
                depth = Math.max(0, depth - 1);
            }
            if ((c != '.' && c != '!' && c != '?') || depth > 0 || i + 1 == first.length()
                    || !Character.isWhitespace(first.charAt(i + 1)) || (c == '.' && abbreviation(first, i))) {
                continue;
            }
            int j = i + 1;
            while (j < first.length() && Character.isWhitespace(first.charAt(j))) {
                j++;
            }
            if (j < first.length() && !Character.isLowerCase(first.charAt(j))) {
                return first.substring(0, i + 1);
            }
        }
        return first;
    }

    /** Whether the period at {@code dot} ends "e.g.", "i.e.", "etc.", "vs." or "cf.". */
    private static boolean abbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) && text.charAt(start - 1) != '(') {
            start--;
        }
        String word = text.substring(start, dot + 1).toLowerCase(Locale.ROOT);
        return word.equals("e.g.") || word.equals("i.e.") || word.equals("etc.") || word.equals("vs.")
                || word.equals("cf.");
    }

    /**
     * Running text with its code spans kept: {@code <} and {@code >} escaped outside code spans, a code span holding
     * one written as {@code <code>}, and in a table cell every {@code |} escaped. A backtick run opens a code span
     * only when a run of the same length closes it, and a backslash-escaped backtick opens none, as in CommonMark.
     */
    private static String inline(String text, boolean inTable) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(i + 1);
                if (next == '<' || next == '>') {
                    out.append(next == '<' ? "&lt;" : "&gt;");
                    i += 2;
                } else if (next == PARAGRAPH) {
                    i++;
                } else {
                    out.append(c).append(next);
                    i += 2;
                }
                continue;
            }
            if (c == '`') {
                int run = runLength(text, i);
                int close = closingRun(text, i + run, run);
                if (close >= 0) {
                    out.append(codeSpan(text.substring(i, i + run), text.substring(i + run, close), inTable));
                    i = close + run;
                } else {
                    out.append(text, i, i + run);
                    i += run;
                }
                continue;
            }
            switch (c) {
                case '<':
                    out.append("&lt;");
                    break;
                case '>':
                    out.append("&gt;");
                    break;
                case '|':
                    out.append(inTable ? "\\|" : "|");
                    break;
                case PARAGRAPH:
                    out.append("<br><br>");
                    break;
                default:
                    out.append(c);
            }
            i++;
        }
        return out.toString();
    }

    private static String codeSpan(String fence, String content, boolean inTable) {
        String flat = content.replace(PARAGRAPH, ' ').replace('\n', ' ');
        if (flat.indexOf('<') < 0 && flat.indexOf('>') < 0) {
            return fence + (inTable ? flat.replace("|", "\\|") : flat) + fence;
        }
        if (flat.length() > 1 && flat.startsWith(" ") && flat.endsWith(" ") && !flat.isBlank()) {
            flat = flat.substring(1, flat.length() - 1);
        }
        return "<code>" + literal(flat) + "</code>";
    }

    /** Text for the inside of an HTML element whose content is not Markdown ({@code <pre>}). */
    private static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Whether the line closes a fenced block opened by {@code fence}, as CommonMark decides. */
    private static boolean closes(String line, String fence) {
        String other = fence(line);
        return other != null && other.charAt(0) == fence.charAt(0) && other.length() >= fence.length()
                && line.strip().length() == other.length();
    }

    private static int runLength(String text, int start) {
        int end = start;
        while (end < text.length() && text.charAt(end) == '`') {
            end++;
        }
        return end - start;
    }

    /** Where the next backtick run of exactly {@code length} starts, or -1. */
    private static int closingRun(String text, int from, int length) {
        int i = from;
        while (i < text.length()) {
            if (text.charAt(i) == '`') {
                int run = runLength(text, i);
                if (run == length) {
                    return i;
                }
                i += run;
            } else {
                i++;
            }
        }
        return -1;
    }

    /** A code fence that opens or closes a fenced block: up to three spaces, then three or more ` or ~. */
    private static String fence(String line) {
        int indent = 0;
        while (indent < line.length() && indent < 4 && line.charAt(indent) == ' ') {
            indent++;
        }
        if (indent > 3 || indent >= line.length()) {
            return null;
        }
        char c = line.charAt(indent);
        if (c != '`' && c != '~') {
            return null;
        }
        int end = indent;
        while (end < line.length() && line.charAt(end) == c) {
            end++;
        }
        if (end - indent < 3 || (c == '`' && line.indexOf('`', end) >= 0)) {
            return null;
        }
        return line.substring(indent, end);
    }

    /** Unix line breaks, and no control characters but tab and line feed. */
    private static String normalize(String text) {
        String unix = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(unix.length());
        for (int i = 0; i < unix.length(); i++) {
            char c = unix.charAt(i);
            out.append(Character.isISOControl(c) && c != '\n' && c != '\t' ? ' ' : c);
        }
        return out.toString();
    }
}
