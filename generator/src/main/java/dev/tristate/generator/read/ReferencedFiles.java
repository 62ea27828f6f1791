package dev.tristate.generator.read;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.Problem;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Every file a spec reaches through {@code $ref}, transitively, read and checked before Swagger Parser sees the
 * spec. These are the files Swagger Parser reads, so an incremental build fingerprints exactly them, and problems
 * in them are located in them. Each reference must be allowed by the {@link RefPolicy} and must name something
 * that exists: Swagger Parser would otherwise read or fetch it, or stop with an exception and no location.
 */
final class ReferencedFiles {

    /**
     * What the references lead to.
     *
     * @param documents the root first, then the referenced files in the order first reached
     * @param blocking problems Swagger Parser must not be run on: a refused or dangling reference to or inside
     *     another file, a file that is not well-formed
     * @param inRoot references in the root document to places in it that do not exist; Swagger Parser tolerates
     *     them, so they are reported together with the model's problems
     */
    record Result(List<SourceDocument> documents, List<Problem> blocking, List<Problem> inRoot) {}

    private static final String ALLOW_HINT =
            "; allow its folder with allowedRefDirectories (--allowed-ref-directory)";

    private final SourceDocument root;
    private final List<Path> folders;
    private final boolean allowRemote;
    private final Map<Path, SourceDocument> read = new LinkedHashMap<>();
    private final Set<Path> unreadable = new HashSet<>();
    private final Deque<SourceDocument> pending = new ArrayDeque<>();
    private final List<Problem> blocking = new ArrayList<>();
    private final List<Problem> inRoot = new ArrayList<>();
    /** A file outside the allowed folders, by the first reference to it, and how many more refer to it. */
    private final Map<Path, Problem> refused = new LinkedHashMap<>();
    private final Map<Path, Integer> refusedAgain = new HashMap<>();
    private List<Path> realFolders;

    private ReferencedFiles(SourceDocument root, RefPolicy policy) {
        this.root = root;
        this.folders = policy.foldersFor(folderOf(root));
        this.allowRemote = policy.allowRemote();
    }

    static Result collect(SourceDocument root, RefPolicy policy) {
        return new ReferencedFiles(root, policy).run();
    }

    private Result run() {
        read.put(root.file().toAbsolutePath().normalize(), root);
        pending.add(root);
        while (!pending.isEmpty()) {
            SourceDocument document = pending.removeFirst();
            for (ReferenceScan.Found found : ReferenceScan.of(document.root())) {
                check(document, found);
            }
        }
        refused.forEach((file, first) -> {
            int more = refusedAgain.getOrDefault(file, 0);
            // One problem per refused file: a spec may refer to one shared file hundreds of times.
            String count = more == 0 ? ""
                    : String.format(Locale.ROOT, ", as do %,d more $ref%s", more, more == 1 ? "" : "s");
            blocking.add(new Problem(first.file(), first.line(), first.column(), first.message() + count + ALLOW_HINT));
        });
        return new Result(new ArrayList<>(read.values()), blocking, inRoot);
    }

    private void check(SourceDocument from, ReferenceScan.Found found) {
        RefTarget target = RefTarget.parse(found.value());
        String ref = Quoted.of(found.value());
        switch (target.kind()) {
            case BARE_NAME:
                return;
            case LOCAL:
                checkPlace(from, from, target, found, from == root ? inRoot : blocking);
                return;
            case REMOTE:
                if (!allowRemote) {
                    blocking.add(from.problemAt(found.pointer(), "$ref " + ref + " names a remote document, which"
                            + " is not fetched unless remote references are allowed (allowRemoteRefs,"
                            + " --allow-remote-refs)"));
                }
                return;
            case OTHER_SCHEME:
                String scheme = target.scheme();
                blocking.add(from.problemAt(found.pointer(), "$ref " + ref + " uses the " + scheme + ": scheme,"
                        + " which Tristate does not read" + ("file".equals(scheme)
                                ? "; write the file's path instead, relative to this file" : "")));
                return;
            case FILE:
            default:
                Path file = allowedFile(from, target, found, ref);
                if (file != null) {
                    SourceDocument document = document(file, from, target);
                    if (document != null) {
                        checkPlace(from, document, target, found, blocking);
                    }
                }
        }
    }

    /** The file a reference names, or null (with the problem recorded) when it is refused or missing. */
    private Path allowedFile(SourceDocument from, RefTarget target, ReferenceScan.Found found, String ref) {
        String path = target.file();
        if (path.replace("%20", "").contains("%")) {
            // Swagger Parser reads the path as written, but other tools decode it: refuse what the two could
            // read differently.
            blocking.add(from.problemAt(found.pointer(), "$ref " + ref + " has percent-escapes; in a file"
                    + " reference only %20 (a space) is supported"));
            return null;
        }
        Path file;
        try {
            file = target.fileIn(folderOf(from));
        } catch (InvalidPathException e) {
            blocking.add(from.problemAt(found.pointer(), "$ref " + ref + " is not a valid file path"));
            return null;
        }
        if (!isBelow(file, folders)) {
            if (refused.containsKey(file)) {
                refusedAgain.merge(file, 1, Integer::sum);
            } else {
                refused.put(file, from.problemAt(found.pointer(), "$ref " + ref + " names a file outside the folders"
                        + " this spec may read (" + list(folders) + ")"));
            }
            return null;
        }
        if (!Files.isRegularFile(file)) {
            blocking.add(from.problemAt(found.pointer(), "dangling $ref " + ref + ": no file "
                    + Quoted.of(displayPath(from, target).toString())));
            return null;
        }
        try {
            if (!isBelow(file.toRealPath(), realFolders())) {
                blocking.add(from.problemAt(found.pointer(), "$ref " + ref + " names a link to a file outside the"
                        + " folders this spec may read (" + list(folders) + ")" + ALLOW_HINT));
                return null;
            }
        } catch (IOException e) {
            blocking.add(from.problemAt(found.pointer(), "$ref " + ref + ": cannot read the file: " + e));
            return null;
        }
        return file;
    }

    /** The document in a file, read once; null (with its syntax error recorded once) when it is not well-formed. */
    private SourceDocument document(Path file, SourceDocument from, RefTarget target) {
        SourceDocument known = read.get(file);
        if (known != null || unreadable.contains(file)) {
            return known;
        }
        try {
            SourceDocument document = SourceDocument.read(file, displayPath(from, target).toString());
            read.put(file, document);
            pending.addLast(document);
            return document;
        } catch (GenerationException e) {
            unreadable.add(file);
            blocking.addAll(e.problems());
            return null;
        }
    }

    /** Records a problem when the reference's fragment is a JSON pointer to nothing in the document. */
    private void checkPlace(SourceDocument from, SourceDocument in, RefTarget target, ReferenceScan.Found found,
            List<Problem> problems) {
        String pointer = target.fragment();
        if (pointer == null || !pointer.startsWith("/") || exists(in, pointer)) {
            // The whole document, or an anchor ("#name"), which Swagger Parser resolves itself.
            return;
        }
        String ref = Quoted.of(found.value());
        String[] segments = pointer.substring(1).split("/", -1);
        String message;
        if (in == root && from == root && segments.length == 3 && pointer.startsWith("/components/schemas/")) {
            // Worded as the model reader words it, so the two reports of one problem are recognised as one.
            message = "dangling $ref " + ref + ": no schema '" + SourceDocument.unescape(segments[2])
                    + "' in components.schemas";
        } else {
            message = "dangling $ref " + ref + ": nothing at " + Quoted.of(pointer) + " in "
                    + (from == in ? "this file" : Quoted.of(in.displayPath()));
        }
        problems.add(from.problemAt(found.pointer(), message));
    }

    private static boolean exists(SourceDocument document, String pointer) {
        if (!document.at(pointer).isMissingNode()) {
            return true;
        }
        if (!pointer.contains("%")) {
            return false;
        }
        try {
            // A fragment is part of a URI: "#/components/schemas/Pet%20Shop" names "Pet Shop".
            return !document.at(URLDecoder.decode(pointer.replace("+", "%2B"), StandardCharsets.UTF_8))
                    .isMissingNode();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** Where a referenced file is, as the user sees it: resolved against the referring file's display path. */
    private static Path displayPath(SourceDocument from, RefTarget target) {
        Path folder = Path.of(from.displayPath()).getParent();
        return target.fileIn(folder == null ? Path.of("") : folder);
    }

    private List<Path> realFolders() {
        if (realFolders == null) {
            realFolders = new ArrayList<>();
            for (Path folder : folders) {
                try {
                    realFolders.add(folder.toRealPath());
                } catch (IOException e) {
                    // A folder that does not exist holds no file to allow.
                }
            }
        }
        return realFolders;
    }

    private static boolean isBelow(Path file, List<Path> folders) {
        return folders.stream().anyMatch(file::startsWith);
    }

    private static String list(List<Path> folders) {
        return folders.stream().map(Path::toString).collect(Collectors.joining(", "));
    }

    private static Path folderOf(SourceDocument document) {
        return document.file().toAbsolutePath().normalize().getParent();
    }
}
