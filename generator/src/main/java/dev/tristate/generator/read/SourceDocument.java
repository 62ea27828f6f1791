package dev.tristate.generator.read;

import dev.tristate.generator.GenerationException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.yaml.snakeyaml.LoaderOptions;
import dev.tristate.generator.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * One spec file as written: the JSON tree exactly as in the file (including keywords Swagger Parser drops, such as
 * siblings of {@code $ref} in 3.0) and the line and column of every node, so every problem can be reported as
 * {@code path:line:col}.
 */
public final class SourceDocument {

    private final Path file;
    private final String displayPath;
    private final byte[] sha256;
    private final long size;
    private final long lastModified;
    private final JsonNode root;
    private final Map<String, int[]> locations;
    /**
     * Nodes already looked up by pointer. The model reader asks for the same schema's node many times (one question
     * each: secret? nullable? docs?), and parsing the pointer was 9 % of reading github.json. Nothing changes the
     * tree once it is read, Swagger Parser included, so a node found stays right.
     */
    private final Map<String, JsonNode> nodes = new ConcurrentHashMap<>();
    private final List<Problem> warnings = new java.util.ArrayList<>();

    private SourceDocument(Path file, String displayPath, byte[] sha256, long size, long lastModified, JsonNode root,
            Map<String, int[]> locations) {
        this.file = file;
        this.displayPath = displayPath;
        this.sha256 = sha256;
        this.size = size;
        this.lastModified = lastModified;
        this.root = root;
        this.locations = locations;
    }

    /**
     * Reads a YAML or JSON file.
     *
     * @throws GenerationException with the syntax error's location when the file is not well-formed
     */
    public static SourceDocument read(Path file, String displayPath) throws GenerationException {
        byte[] bytes;
        long lastModified;
        try {
            // The time is taken before the bytes: a write between the two then shows as a change next time.
            lastModified = Files.getLastModifiedTime(file).toMillis();
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new GenerationException(new Problem(displayPath, 0, 0, "cannot read the file: "
                    + SyntaxText.plain(e.getMessage())));
        }
        JsonFactory factory = looksLikeJson(bytes) ? new JsonFactory() : yamlFactory();
        try (JsonParser parser = factory.createParser(bytes)) {
            try {
                if (parser.nextToken() == null) {
                    throw new GenerationException(new Problem(displayPath, 1, 1, "the file is empty"));
                }
                LocatedTree tree = LocatedTree.read(parser);
                SourceDocument document = new SourceDocument(file, displayPath, Hashes.sha256(bytes), bytes.length,
                        lastModified, tree.root(), tree.locations());
                JsonLocation rest = nextDocument(parser);
                if (rest != null) {
                    document.warnings.add(new Problem(displayPath, Math.max(rest.getLineNr(), 1),
                            Math.max(rest.getColumnNr(), 1), "a second document starts here; Tristate reads only"
                                    + " the first document of a file, and ignores this one and any after it"));
                }
                return document;
            } catch (JsonProcessingException e) {
                Problem encoding = Utf8Check.problem(displayPath, bytes);
                if (encoding != null) {
                    throw new GenerationException(encoding);
                }
                Problem refused = factory instanceof YAMLFactory ? refusedCharacter(displayPath, bytes) : null;
                if (refused != null) {
                    throw new GenerationException(refused);
                }
                // Some errors (a limit exceeded) carry no location of their own: the parser knows where it stopped.
                JsonLocation where = e.getLocation() != null ? e.getLocation() : parser.currentLocation();
                throw new GenerationException(new Problem(displayPath, Math.max(where.getLineNr(), 0),
                        Math.max(where.getColumnNr(), 0), syntaxMessage(e)));
            } catch (LocatedTree.TreeException e) {
                throw new GenerationException(new Problem(displayPath, e.line(), e.column(), e.getMessage()));
            }
        } catch (IOException e) {
            Problem encoding = Utf8Check.problem(displayPath, bytes);
            throw new GenerationException(encoding != null ? encoding
                    : new Problem(displayPath, 1, 1, "cannot read the file: " + SyntaxText.plain(e.getMessage())));
        }
    }

    /**
     * The first character YAML does not allow (a control character outside a line break or tab), located; SnakeYAML
     * names no place for it. Null when there is none.
     */
    private static Problem refusedCharacter(String displayPath, byte[] bytes) {
        String text = new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!org.yaml.snakeyaml.reader.StreamReader.isPrintable(c)) {
                return new Problem(displayPath, line, column, String.format(Locale.ROOT, "the character U+%04X is"
                        + " not allowed in YAML; inside a double-quoted string write it as \\u%04X", c, c));
            }
            boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineBreak) {
                line++;
                column = 1;
            } else {
                column++;
            }
        }
        return null;
    }

    /**
     * Where a second document begins after the first one (a YAML {@code ---} followed by content), or null when the
     * file holds one. Whatever stops the parser past the first document is not this file's problem to report: the
     * first document is what is read.
     */
    private static JsonLocation nextDocument(JsonParser parser) {
        try {
            com.fasterxml.jackson.core.JsonToken next = parser.nextToken();
            if (next == null) {
                return null;
            }
            JsonLocation where = parser.currentTokenLocation();
            // An empty document after a last "---" holds nothing that is ignored.
            boolean empty = next == com.fasterxml.jackson.core.JsonToken.VALUE_NULL
                    || (next == com.fasterxml.jackson.core.JsonToken.VALUE_STRING && parser.getText().isEmpty());
            return empty && parser.nextToken() == null ? null : where;
        } catch (IOException | RuntimeException e) {
            return parser.currentLocation();
        }
    }

    /** Problems in the file that do not stop it from being read, such as a second document in it. */
    public List<Problem> warnings() {
        return List.copyOf(warnings);
    }

    /** The file as read from disk. */
    public Path file() {
        return file;
    }

    /** SHA-256 of the file's bytes, for fingerprints. */
    public byte[] sha256() {
        return sha256.clone();
    }

    /** The size in bytes, as read. */
    public long size() {
        return size;
    }

    /** The modification time in milliseconds, taken just before the file was read. */
    public long lastModified() {
        return lastModified;
    }

    /**
     * SnakeYAML refuses documents over 3 Mi code points by default, which real specs exceed (Stripe's is 4 MB).
     * Tristate allows {@value #DEFAULT_MAX_YAML_CODE_POINTS}; the system property {@code tristate.maxYamlCodePoints}
     * (e.g. {@code -Dtristate.maxYamlCodePoints=200000000} on the Maven or java command line) changes it.
     */
    static final int DEFAULT_MAX_YAML_CODE_POINTS = 64 * 1024 * 1024;

    private static YAMLFactory yamlFactory() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(Integer.getInteger("tristate.maxYamlCodePoints", DEFAULT_MAX_YAML_CODE_POINTS));
        return new WholeTextYamlFactory(YAMLFactory.builder().loaderOptions(options));
    }

    public String displayPath() {
        return displayPath;
    }

    public JsonNode root() {
        return root;
    }

    /** The node at a JSON pointer, or a missing node. */
    public JsonNode at(String pointer) {
        return nodes.computeIfAbsent(pointer, root::at);
    }

    /** A problem located at the node a JSON pointer names, or at its nearest located ancestor. */
    public Problem problemAt(String pointer, String message) {
        String p = pointer;
        while (true) {
            int[] where = locations.get(p);
            if (where != null) {
                return new Problem(displayPath, where[0], where[1], message);
            }
            if (p.isEmpty()) {
                return new Problem(displayPath, 1, 1, message);
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** A name as one JSON pointer segment. */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /** One JSON pointer segment as the name it stands for. */
    static String unescape(String segment) {
        return segment.replace("~1", "/").replace("~0", "~");
    }

    private static boolean looksLikeJson(byte[] bytes) {
        for (byte b : bytes) {
            if (b == '{' || b == '[') {
                return true;
            }
            if (!Character.isWhitespace(b) && b != (byte) 0xEF && b != (byte) 0xBB && b != (byte) 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static final Pattern SNAKEYAML_MARK =
            Pattern.compile("\\s*in '[^'\\n]*', line (\\d+), column (\\d+):\\n[^\\n]*\\n[ \\t]*\\^");

    /** Jackson's message without its location suffix, which the Problem carries in compiler form. */
    private static String syntaxMessage(JsonProcessingException e) {
        if (e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).contains("nesting")) {
            return String.format(Locale.ROOT, "the document nests deeper than %,d levels, the most Tristate reads",
                    StreamReadConstraints.defaults().getMaxNestingDepth());
        }
        String message = e.getOriginalMessage();
        if (e instanceof StreamConstraintsException && String.valueOf(message).startsWith("Name length")) {
            return "a property name is longer than " + String.format(Locale.ROOT, "%,d",
                    StreamReadConstraints.defaults().getMaxNameLength()) + " characters, the most Tristate reads";
        }
        if (message == null) {
            return "the file is not well-formed YAML or JSON";
        }
        int cut = message.indexOf("\n at [Source");
        message = cut >= 0 ? message.substring(0, cut) : message;
        // SnakeYAML marks each place with the line it echoes and a caret under it: the place is enough.
        message = SNAKEYAML_MARK.matcher(message).replaceAll(" (line $1, column $2)");
        return "syntax error: " + SyntaxText.plain(message.strip().replaceAll("\\s+", " "));
    }
}
