package dev.tristate.generator.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * An OpenAPI {@code pattern} (ECMA 262, matched as a search: anywhere in the string) as a Java regex for
 * {@code @Pattern}, which matches the whole string. The pattern is wrapped as {@code [\s\S]*(?:p)[\s\S]*}, which
 * matches the whole string exactly when {@code p} is found in it, and what ECMA 262 and {@code java.util.regex}
 * spell differently is rewritten: {@code $} (end of input in ECMA, also before a final line break in Java) becomes
 * {@code \z}; {@code [} inside a class (a nested class in Java) is escaped; {@code \v}, {@code \0} and a
 * {@code \b} inside a class become the characters ECMA means. {@code &&} inside a class (an intersection in
 * Java, two ampersands in ECMA) is escaped too. What cannot be made to mean the same is reported: {@code \s}
 * (ECMA's includes the Unicode spaces), and a pattern Java cannot compile.
 */
final class EcmaPatterns {

    private EcmaPatterns() {}

    /** The Java regex, and what the user should hear; a null regex means the pattern is not checked. */
    record Translated(String regex, List<String> warnings) {}

    static Translated toJava(String ecma) {
        List<String> warnings = new ArrayList<>();
        StringBuilder java = new StringBuilder();
        boolean inClass = false;
        for (int i = 0; i < ecma.length(); i++) {
            char c = ecma.charAt(i);
            if (c == '\\' && i + 1 < ecma.length()) {
                char next = ecma.charAt(++i);
                if (next == 'v') {
                    java.append("\\x{0B}");
                } else if (next == '0' && (i + 1 >= ecma.length() || !Character.isDigit(ecma.charAt(i + 1)))) {
                    java.append("\\x{00}");
                } else if (next == 'b' && inClass) {
                    java.append("\\x{08}");
                } else if (next == 'd' || next == 'D' || next == 'w' || next == 'W') {
                    java.append('\\').append(next);
                } else if (next == 's' || next == 'S') {
                    java.append('\\').append(next);
                    if (!warnings.contains(SPACE)) {
                        warnings.add(SPACE);
                    }
                } else {
                    java.append('\\').append(next);
                }
                continue;
            }
            if (inClass) {
                if (c == ']') {
                    inClass = false;
                    java.append(c);
                } else if (c == '[') {
                    java.append("\\[");
                } else if (c == '&' && i + 1 < ecma.length() && ecma.charAt(i + 1) == '&') {
                    java.append("\\&");
                } else {
                    java.append(c);
                }
                continue;
            }
            if (c == '[') {
                boolean negated = i + 1 < ecma.length() && ecma.charAt(i + 1) == '^';
                int close = i + (negated ? 2 : 1);
                if (close < ecma.length() && ecma.charAt(close) == ']') {
                    // ECMA's [] matches nothing and [^] any character; Java reads ']' there as a literal.
                    java.append(negated ? "[\\x{0}-\\x{10FFFF}]" : "[^\\x{0}-\\x{10FFFF}]");
                    i = close;
                    continue;
                }
                inClass = true;
                java.append(negated ? "[^" : "[");
                i += negated ? 1 : 0;
                continue;
            }
            java.append(c == '$' ? "\\z" : String.valueOf(c));
        }
        String regex = "[\\s\\S]*(?:" + java + ")[\\s\\S]*";
        try {
            Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            warnings.add("pattern " + quoted(ecma) + " is not a Java regex (" + e.getDescription()
                    + "); not checked by Bean Validation");
            return new Translated(null, warnings);
        }
        return new Translated(regex, warnings);
    }

    private static final String SPACE = "\\s in a pattern matches only ASCII white space in Java, also the Unicode"
            + " spaces in ECMA 262: a value with, for example, a no-break space is refused where the spec allows it";

    private static String quoted(String text) {
        return "'" + text + "'";
    }
}
