package dev.tristate.generator;

import dev.tristate.generator.docs.MarkdownEmitter;
import dev.tristate.generator.emit.JavaEmitter;
import dev.tristate.generator.evolution.Change;
import dev.tristate.generator.evolution.ChangeReport;
import dev.tristate.generator.evolution.ModelDiff;
import dev.tristate.generator.evolution.ModelJson;
import dev.tristate.generator.incremental.BuildState;
import dev.tristate.generator.incremental.BuildStateStore;
import dev.tristate.generator.incremental.EmissionKeys;
import dev.tristate.generator.incremental.Fingerprint;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.naming.JavaNames;
import dev.tristate.generator.read.Hashes;
import dev.tristate.generator.read.ModelReader;
import dev.tristate.generator.read.RefPolicy;
import dev.tristate.generator.read.SourceDocument;
import dev.tristate.generator.read.SpecReader;
import dev.tristate.generator.write.SourceWriter;
import dev.tristate.generator.emit.GeneratedFile;
import dev.tristate.generator.write.FirstFailure;
import dev.tristate.generator.write.OutputFailure;
import dev.tristate.generator.write.OutputPaths;
import dev.tristate.generator.write.StaleFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point: a configuration in, Java sources (and, with a docs directory, their Markdown documentation)
 * on disk and a result out.
 * Reading, modelling and emission are separate steps; nothing is written until the whole spec has been read and
 * modelled without error, so a bad spec never leaves half an output behind. With a state directory, a run whose
 * fingerprint matches the last one does nothing, files the last run wrote but this one does not are deleted (sources
 * and documentation pages alike, each below its own root), and
 * the models are compared with the last run's (or a baseline's) to report what changed for consumers.
 */
public final class Generator {

    private static final String MODEL_FILE = "model.json";
    /** The longest file or folder name common file systems (ext4, APFS, NTFS) accept, in bytes. */
    private static final int MAX_FILE_NAME_BYTES = 255;

    public GenerationResult generate(GeneratorConfig config) throws GenerationException {
        checkConfiguration(config);
        BuildStateStore store = config.stateDirectory() == null ? null : new BuildStateStore(config.stateDirectory());
        Optional<BuildState> previous = store == null ? Optional.empty() : store.read();
        if (previous.isPresent() && !config.force() && isUpToDate(config, previous.get())) {
            return new GenerationResult(GenerationResult.Status.UP_TO_DATE, paths(previous.get().outputs()), List.of(),
                    List.of(), List.of(), null, paths(previous.get().docOutputs()), List.of(), List.of(),
                    GenerationResult.Timings.NONE, List.of());
        }

        long start = System.nanoTime();
        Prepared prepared = prepare(config);
        long readDone = System.nanoTime();
        try {
            return write(config, store, previous, prepared, start, readDone);
        } catch (OutputFailure e) {
            throw new GenerationException(GenerationException.Kind.OUTPUT,
                    List.of(new Problem(e.path().toString(), 0, 0, e.getMessage())));
        }
    }

    private static GenerationResult write(GeneratorConfig config, BuildStateStore store,
            Optional<BuildState> previous, Prepared prepared, long start, long readDone) {
        ModelReader.Result read = prepared.read();
        List<BuildState.Input> inputs = prepared.inputs();
        ChangeReport changes = prepared.changes();
        if (store != null && previous.isPresent()) {
            // Until this run finishes, the recorded state claims no fingerprint but still lists every file either
            // run may have written, so an interrupted run is redone and its stale files can still be found.
            store.write(inProgress(previous.get()));
        }
        SourceWriter writer = new SourceWriter(config.outputDirectory());
        JavaEmitter emitter = new JavaEmitter(read.model(), config.packageName(), config.jacksonVersion(),
                config.beanValidation());
        EmissionKeys keys = new EmissionKeys(config, emitter);
        Map<Path, String> keyOf = new java.util.concurrent.ConcurrentHashMap<>();
        Map<String, BuildState.Output> reusable = reusable(config, previous);
        FirstFailure<GeneratedFile> sources = new FirstFailure<>(writer::write);
        emitter.emitSome(type -> {
            Path path = emitter.pathOf(type);
            String key = keys.of(type);
            keyOf.put(path, key);
            BuildState.Output last = reusable.get(path.toString().replace('\\', '/'));
            if (last != null && last.emissionKey().equals(key) && untouched(config.outputDirectory(), last)) {
                writer.keep(path, last.sha256());
                return false;
            }
            return true;
        }, sources);
        sources.rethrow();
        SourceWriter docs = config.docsDirectory() == null ? null : new SourceWriter(config.docsDirectory());
        if (docs != null) {
            FirstFailure<GeneratedFile> pages = new FirstFailure<>(docs::write);
            new MarkdownEmitter(read.model(), config.packageName()).emitAll(pages);
            pages.rethrow();
        }
        List<Path> deleted = List.of();
        List<Path> deletedDocs = List.of();
        List<Problem> warnings = new ArrayList<>(read.warnings());
        if (previous.isPresent()) {
            BuildState last = previous.get();
            StaleFiles.Result stale = StaleFiles.delete(Path.of(last.outputDirectory()), last.outputs(),
                    config.outputDirectory(), new HashSet<>(writer.written()));
            deleted = stale.deleted();
            stale.kept().forEach(kept -> warnings.add(new Problem("state", 0, 0, kept)));
            if (!last.docsDirectory().isEmpty()) {
                // With docs switched off, every page the last run wrote is stale.
                Path lastDocs = Path.of(last.docsDirectory());
                StaleFiles.Result staleDocs = StaleFiles.delete(lastDocs, last.docOutputs(),
                        docs == null ? lastDocs : config.docsDirectory(),
                        docs == null ? Set.of() : new HashSet<>(docs.written()));
                deletedDocs = staleDocs.deleted();
                staleDocs.kept().forEach(kept -> warnings.add(new Problem("state", 0, 0, kept)));
            }
        }
        if (changes != null && config.changeReport() != null) {
            writeReport(config.changeReport(), changes);
        }
        if (store != null) {
            ModelJson.write(read.model(), config.stateDirectory().resolve(MODEL_FILE));
            store.write(finished(config, inputs, writer, keyOf, docs));
        }
        return new GenerationResult(GenerationResult.Status.GENERATED, writer.written(), writer.changed(), deleted,
                warnings, changes, docs == null ? List.of() : docs.written(),
                docs == null ? List.of() : docs.changed(), deletedDocs,
                new GenerationResult.Timings((readDone - start) / 1_000_000,
                        (System.nanoTime() - readDone) / 1_000_000), writer.kept());
    }

    /** What emission needs from reading: the model, the inputs' fingerprints, the change report. */
    private record Prepared(ModelReader.Result read, List<BuildState.Input> inputs, ChangeReport changes) {}

    /**
     * Reads the spec (and a baseline), builds the model and compares it. The parsed documents and Swagger Parser's
     * model are only reachable from here, so they can be collected before emission, which on a large spec needs
     * the memory they hold (github.json: about as much as its files' located trees).
     */
    private static Prepared prepare(GeneratorConfig config) throws GenerationException {
        SpecReader.ReadSpec spec = readSpec(config.inputSpec(), config.refPolicy());
        ModelReader.Result read = SpecReader.model(spec, config.beanValidation());
        List<SourceDocument> documents = new ArrayList<>(spec.documents());
        Optional<ApiModel> baseline = Optional.empty();
        if (config.baseline() != null) {
            SpecReader.ReadSpec baselineSpec = readSpec(config.baseline(), config.refPolicy());
            documents.addAll(baselineSpec.documents());
            baseline = Optional.of(SpecReader.model(baselineSpec).model());
        } else if (config.stateDirectory() != null) {
            baseline = ModelJson.read(config.stateDirectory().resolve(MODEL_FILE));
        }
        ChangeReport changes = baseline.map(before -> ModelDiff.between(before, read.model())).orElse(null);
        if (changes != null && config.failOnBreakingChange() && changes.wireBreakingCount() > 0) {
            throw new GenerationException(breakingProblems(spec.source(), changes));
        }
        return new Prepared(read, inputsOf(documents), changes);
    }

    /** Each file read, once, with what the next run compares to tell whether it changed. */
    private static List<BuildState.Input> inputsOf(List<SourceDocument> documents) {
        Map<String, String> digests = new LinkedHashMap<>();
        List<BuildState.Input> inputs = new ArrayList<>();
        for (SourceDocument document : documents) {
            Path file = document.file().toAbsolutePath().normalize();
            String sha = Hashes.hex(document.sha256());
            if (digests.put(file.toString(), sha) == null) {
                inputs.add(new BuildState.Input(file.toString(), document.size(), document.lastModified(), sha));
            }
        }
        return inputs;
    }

    /** Compares the models two specs give, without generating anything; references follow the default policy. */
    public ChangeReport diff(Path before, Path after) throws GenerationException {
        return diff(before, after, RefPolicy.defaults());
    }

    /** Compares the models two specs give, without generating anything. */
    public ChangeReport diff(Path before, Path after, RefPolicy refPolicy) throws GenerationException {
        ApiModel older = SpecReader.model(readSpec(before, refPolicy)).model();
        return ModelDiff.between(older, SpecReader.model(readSpec(after, refPolicy)).model());
    }

    private static SpecReader.ReadSpec readSpec(Path file, RefPolicy refPolicy) throws GenerationException {
        return new SpecReader(refPolicy).read(file, file.toString());
    }

    private static List<Problem> breakingProblems(SourceDocument source, ChangeReport changes) {
        List<Problem> problems = new ArrayList<>();
        for (Change change : changes.changes()) {
            if (change.wireBreaking()) {
                String consequence = change.oldReadsNew() != null
                        ? "old clients reading new JSON: " + change.oldReadsNew()
                        : "new clients reading old JSON: " + change.newReadsOld();
                problems.add(source.problemAt(change.pointer(), "wire-breaking change (failOnBreakingChange): "
                        + change.where() + " " + change.kind().text()
                        + (change.detail().isEmpty() ? "" : " " + change.detail()) + "; " + consequence));
            }
        }
        return problems;
    }

    private static void writeReport(Path file, ChangeReport changes) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, changes.toMarkdown(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new OutputFailure("write the change report", file, e);
        }
    }

    private static boolean isUpToDate(GeneratorConfig config, BuildState previous) {
        Optional<String> now = Fingerprint.ofFiles(config, previous.inputs());
        if (now.isEmpty() || !now.get().equals(previous.fingerprint())) {
            return false;
        }
        if (!untouched(config.outputDirectory(), previous.outputs())) {
            return false;
        }
        return previous.docOutputs().isEmpty()
                || (config.docsDirectory() != null && untouched(config.docsDirectory(), previous.docOutputs()));
    }

    /**
     * The last run's sources by relative path, when this run may take them on unemitted: same output directory,
     * not forced. (The package, the generator and the spec's title are in each emission key.)
     */
    private static Map<String, BuildState.Output> reusable(GeneratorConfig config, Optional<BuildState> previous) {
        if (previous.isEmpty() || config.force() || !Path.of(previous.get().outputDirectory())
                .equals(config.outputDirectory().toAbsolutePath().normalize())) {
            return Map.of();
        }
        Map<String, BuildState.Output> byPath = new java.util.HashMap<>();
        previous.get().outputs().forEach(output -> byPath.put(output.path(), output));
        return byPath;
    }

    /** The file is there as the last run recorded it: a regular file of the recorded size and time. */
    private static boolean untouched(Path root, BuildState.Output output) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(root.resolve(output.path()),
                    BasicFileAttributes.class, java.nio.file.LinkOption.NOFOLLOW_LINKS);
            return attributes.isRegularFile() && attributes.size() == output.size()
                    && attributes.lastModifiedTime().toMillis() == output.lastModified();
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Every output still there as recorded after it was written. One stat per file, on every core: on a large spec
     * this is most of what a no-op build costs.
     */
    private static boolean untouched(Path root, List<BuildState.Output> outputs) {
        return outputs.parallelStream().allMatch(output -> untouched(root, output));
    }

    private static List<Path> paths(List<BuildState.Output> outputs) {
        List<Path> paths = new ArrayList<>(outputs.size());
        outputs.forEach(o -> paths.add(Path.of(o.path())));
        return paths;
    }

    private static BuildState inProgress(BuildState previous) {
        return new BuildState("", previous.outputDirectory(), previous.inputs(), previous.outputs(),
                previous.docsDirectory(), previous.docOutputs());
    }

    private static BuildState finished(GeneratorConfig config, List<BuildState.Input> inputs, SourceWriter written,
            Map<Path, String> keyOf, SourceWriter writtenDocs) {
        Map<String, String> digests = new LinkedHashMap<>();
        inputs.forEach(input -> digests.put(input.path(), input.sha256()));
        Path docs = config.docsDirectory();
        return new BuildState(Fingerprint.of(config, digests),
                config.outputDirectory().toAbsolutePath().normalize().toString(), inputs,
                outputs(config.outputDirectory(), written, keyOf),
                docs == null ? "" : docs.toAbsolutePath().normalize().toString(),
                docs == null ? List.of() : outputs(docs, writtenDocs, Map.of()));
    }

    private static List<BuildState.Output> outputs(Path root, SourceWriter writer, Map<Path, String> keyOf) {
        List<BuildState.Output> outputs = new ArrayList<>();
        for (Path file : writer.written()) {
            Path target = root.resolve(file);
            try {
                BasicFileAttributes attributes = Files.readAttributes(target, BasicFileAttributes.class);
                outputs.add(new BuildState.Output(file.toString().replace('\\', '/'),
                        attributes.lastModifiedTime().toMillis(), attributes.size(), writer.digest(file),
                        keyOf.get(file)));
            } catch (IOException e) {
                throw new OutputFailure("read back the file just written", target, e);
            }
        }
        return outputs;
    }

    /** Settings that cannot work, found before the spec is read and before anything is written. */
    private static void checkConfiguration(GeneratorConfig config) throws GenerationException {
        List<Problem> problems = new ArrayList<>();
        checkPackageName(config.packageName(), problems);
        String spec = config.inputSpec().toString();
        if (!Files.exists(config.inputSpec())) {
            problems.add(new Problem(spec, 0, 0, "the spec file does not exist"));
        } else if (!Files.isRegularFile(config.inputSpec())) {
            problems.add(new Problem(spec, 0, 0, Files.isDirectory(config.inputSpec())
                    ? "this is a directory; name the root OpenAPI document in it" : "this is not a regular file"));
        } else if (!Files.isReadable(config.inputSpec())) {
            problems.add(new Problem(spec, 0, 0, "the spec file is not readable"));
        }
        if (config.baseline() != null && !Files.isRegularFile(config.baseline())) {
            problems.add(new Problem(config.baseline().toString(), 0, 0, Files.isDirectory(config.baseline())
                    ? "the baseline is a directory; name the root OpenAPI document of the earlier revision"
                    : "the baseline spec file does not exist"));
        }
        OutputPaths.checkDirectory("outputDirectory", config.outputDirectory(), problems);
        OutputPaths.checkDirectory("docsDirectory", config.docsDirectory(), problems);
        OutputPaths.checkDirectory("state directory", config.stateDirectory(), problems);
        OutputPaths.checkFile("changeReport", config.changeReport(), problems);
        if (!problems.isEmpty()) {
            throw new GenerationException(GenerationException.Kind.CONFIGURATION, problems);
        }
    }

    private static void checkPackageName(String packageName, List<Problem> problems) {
        if (packageName.isEmpty()) {
            problems.add(Problem.inConfiguration("packageName is empty; set it to a Java package such as com.acme.api"));
        }
        for (String segment : packageName.split("\\.", -1)) {
            if (packageName.isEmpty()) {
                break;
            }
            boolean identifier = !segment.isEmpty() && Character.isJavaIdentifierStart(segment.charAt(0))
                    && segment.chars().allMatch(Character::isJavaIdentifierPart);
            if (!identifier || JavaNames.isKeyword(segment)) {
                problems.add(Problem.inConfiguration("packageName '" + packageName
                        + "' is not a valid Java package name ('" + segment + "' is not an identifier)"));
                return;
            }
            if (segment.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_NAME_BYTES) {
                problems.add(Problem.inConfiguration("packageName '" + packageName + "': a package name's part"
                        + " becomes a folder name, which file systems limit to " + MAX_FILE_NAME_BYTES + " bytes"));
                return;
            }
        }
        if (packageName.equals("java") || packageName.startsWith("java.")) {
            problems.add(Problem.inConfiguration("packageName starts with 'java', a package the Java runtime"
                    + " refuses to load classes into; choose your own package, such as com.acme.api"));
        }
    }
}
