package dev.tristate.generator.read;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a reference names, read the way Swagger Parser reads it: a place in the same document, a file (a path,
 * relative to the referring file or absolute), a remote document, or a bare schema name.
 *
 * @param kind what the reference names
 * @param file the part before {@code #}: a path, or the URL; empty for a place in the same document
 * @param fragment the part after {@code #}, or null when there is none
 */
record RefTarget(Kind kind, String file, String fragment) {

    enum Kind {
        /** {@code #/components/schemas/Pet}: a place in the referring document. */
        LOCAL,
        /** {@code Pet}: swagger-core reads a name without {@code /} or {@code .} as a component of its kind. */
        BARE_NAME,
        /** {@code schemas/pet.yaml#/Pet}, {@code /abs/pet.yaml}: a file. */
        FILE,
        /** {@code https://…}: fetched over the network. */
        REMOTE,
        /** Any other scheme ({@code file:}, {@code jar:}, {@code ftp:}, …). */
        OTHER_SCHEME
    }

    /** A URI scheme: two or more characters, so that a Windows drive letter ({@code C:}) stays a path. */
    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]+):");

    static RefTarget parse(String ref) {
        int hash = ref.indexOf('#');
        String file = hash >= 0 ? ref.substring(0, hash) : ref;
        String fragment = hash >= 0 ? ref.substring(hash + 1) : null;
        if (file.isEmpty()) {
            return new RefTarget(Kind.LOCAL, "", fragment);
        }
        if (hash < 0 && ref.indexOf('/') < 0 && ref.indexOf('.') < 0 && ref.indexOf(':') < 0) {
            return new RefTarget(Kind.BARE_NAME, file, null);
        }
        Matcher scheme = SCHEME.matcher(file);
        if (scheme.find()) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            boolean remote = name.equals("http") || name.equals("https");
            return new RefTarget(remote ? Kind.REMOTE : Kind.OTHER_SCHEME, file, fragment);
        }
        return new RefTarget(Kind.FILE, file, fragment);
    }

    /**
     * The file a {@link Kind#FILE} reference names, for a reference written in a file in {@code folder}. Only
     * {@code %20} is decoded: the checks refuse any other percent-escape.
     *
     * @throws InvalidPathException when the reference is no path on this system
     */
    Path fileIn(Path folder) {
        return folder.resolve(file.replace("%20", " ")).normalize();
    }

    /** The URI scheme, lower case, for {@link Kind#REMOTE} and {@link Kind#OTHER_SCHEME}. */
    String scheme() {
        Matcher scheme = SCHEME.matcher(file);
        return scheme.find() ? scheme.group(1).toLowerCase(Locale.ROOT) : "";
    }
}
