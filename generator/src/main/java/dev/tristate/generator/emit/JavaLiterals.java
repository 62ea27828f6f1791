package dev.tristate.generator.emit;

import com.palantir.javapoet.CodeBlock;
import java.text.Normalizer;

/**
 * Spec text as a Java string literal, for {@code $L}. JavaPoet's {@code $S} escapes quotes, backslashes and control
 * characters, but leaves U+2028 and U+2029 as they are, and then breaks its output into lines at them: a wire name
 * holding one became a string literal cut in two, which does not compile. Here every character that could end a
 * line, or that cannot be seen (a bidirectional override makes source read differently from what it is), is a
 * {@code \}{@code u} escape; a backslash is always doubled, so the spec's own {@code \}{@code u} sequences stay text.
 * Text not in Unicode's composed form (NFC) has all its non-ASCII characters escaped: {@code "cafe\u0301"} and
 * {@code "café"} are different wire names and must not look the same in the source.
 */
final class JavaLiterals {

    private JavaLiterals() {}

    static CodeBlock string(String text) {
        if (isPlainAscii(text)) {
            // Nearly every wire name and message: nothing to escape, and ASCII is always in composed form.
            return CodeBlock.of("$L", '"' + text + '"');
        }
        boolean composed = Normalizer.isNormalized(text, Normalizer.Form.NFC);
        StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"':
                    literal.append("\\\"");
                    break;
                case '\\':
                    literal.append("\\\\");
                    break;
                case '\b':
                    literal.append("\\b");
                    break;
                case '\t':
                    literal.append("\\t");
                    break;
                case '\n':
                    literal.append("\\n");
                    break;
                case '\f':
                    literal.append("\\f");
                    break;
                case '\r':
                    literal.append("\\r");
                    break;
                default:
                    boolean invisible = Character.isISOControl(c) || Character.getType(c) == Character.FORMAT
                            || Character.getType(c) == Character.LINE_SEPARATOR
                            || Character.getType(c) == Character.PARAGRAPH_SEPARATOR
                            || Character.isSurrogate(c) && !isPairedSurrogate(text, i)
                            || !composed && c > 0x7e;
                    if (invisible) {
                        literal.append(String.format("\\u%04x", (int) c));
                    } else {
                        literal.append(c);
                    }
            }
        }
        return CodeBlock.of("$L", literal.append('"').toString());
    }

    private static boolean isPlainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
                return false;
            }
        }
        return true;
    }

    /** A lone surrogate would not survive being written as UTF-8; as an escape it keeps its value. */
    private static boolean isPairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
