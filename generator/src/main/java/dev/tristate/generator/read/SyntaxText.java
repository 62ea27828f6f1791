package dev.tristate.generator.read;

import java.util.regex.Pattern;

/**
 * A parser's message in a user's words: SnakeYAML names the events it met by their Java class, and decoders put
 * their exception's class before the message; neither means anything to someone fixing a spec.
 */
final class SyntaxText {

    private static final Pattern EVENT = Pattern.compile("<?org\\.yaml\\.snakeyaml\\.events\\.(\\w+)Event\\([^)]*\\)>?");
    private static final Pattern JAVA_CLASS = Pattern.compile("\\b(?:[a-z_][a-z0-9_]*\\.)+[A-Z]\\w*(?::\\s*)?");
    /** Jackson names the setting behind a limit: "(50000, from `StreamReadConstraints.getMaxNameLength()`)". */
    private static final Pattern SETTING = Pattern.compile(", from `[^`]*`");

    private SyntaxText() {}

    static String plain(String message) {
        if (message == null) {
            return "the file is not well-formed YAML or JSON";
        }
        if (message.contains("under radix 16")) {
            // SnakeYAML's number parse of an escape's digits, as Jackson passes it on.
            return "an escape in a double-quoted string (\\x, \\u or \\U) must be followed by its hexadecimal"
                    + " digits";
        }
        String text = EVENT.matcher(message).replaceAll(match -> switch (match.group(1)) {
            case "SequenceStart" -> "a list (a YAML complex key such as '? [a, b]' is not supported)";
            case "MappingStart" -> "a map (a YAML complex key such as '? {a: b}' is not supported)";
            case "Alias" -> "an alias";
            case "Scalar" -> "a value";
            case "DocumentStart", "DocumentEnd", "StreamEnd" -> "the end of the document";
            default -> "a YAML " + match.group(1).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase();
        });
        text = SETTING.matcher(text).replaceAll("");
        return JAVA_CLASS.matcher(text).replaceAll("").strip();
    }
}
