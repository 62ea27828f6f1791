package dev.tristate.generator.docs;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Optional;

/** The model's examples are compact JSON text; this lays them out for reading, keeping every token as written. */
final class JsonText {

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final String INDENT = "  ";

    private JsonText() {}

    /**
     * The JSON indented two spaces per level, one member or element per line, {@code "name": value}; empty
     * objects and arrays stay {@code {}} and {@code []}. Numbers and strings are copied as they are. Text that is not
     * JSON comes out re-spaced but otherwise unchanged.
     */
    static String pretty(String json) {
        StringBuilder out = new StringBuilder(json.length() * 2);
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                out.append(c);
                if (c == '\\' && i + 1 < json.length()) {
                    out.append(json.charAt(++i));
                } else if (c == '"') {
                    inString = false;
                }
                continue;
            }
            switch (c) {
                case '"':
                    inString = true;
                    out.append(c);
                    break;
                case '{':
                case '[':
                    int next = skipSpace(json, i + 1);
                    char closing = c == '{' ? '}' : ']';
                    if (next < json.length() && json.charAt(next) == closing) {
                        out.append(c).append(closing);
                        i = next;
                    } else {
                        depth++;
                        out.append(c);
                        newline(out, depth);
                    }
                    break;
                case '}':
                case ']':
                    depth = Math.max(0, depth - 1);
                    newline(out, depth);
                    out.append(c);
                    break;
                case ',':
                    out.append(c);
                    newline(out, depth);
                    break;
                case ':':
                    out.append(": ");
                    break;
                case ' ':
                case '\t':
                case '\n':
                case '\r':
                    break;
                default:
                    out.append(c);
            }
        }
        return out.toString();
    }

    /** The text of a JSON string, or empty when the JSON is not a single string. */
    static Optional<String> stringValue(String json) {
        try (JsonParser parser = FACTORY.createParser(json)) {
            if (parser.nextToken() == JsonToken.VALUE_STRING) {
                String text = parser.getText();
                if (parser.nextToken() == null) {
                    return Optional.of(text);
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static int skipSpace(String json, int from) {
        int i = from;
        while (i < json.length() && Character.isWhitespace(json.charAt(i))) {
            i++;
        }
        return i;
    }

    private static void newline(StringBuilder out, int depth) {
        out.append('\n').append(INDENT.repeat(depth));
    }
}
