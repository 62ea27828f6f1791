package dev.tristate.generator.cli;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.GenerationResult;
import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.JacksonVersion;
import dev.tristate.generator.Problem;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code java -jar tristate-generator-<version>-cli.jar --input SPEC --output DIR --package NAME}.
 * The same options as the Maven plugin, for other build tools, benchmarks and quick tries. Problems go to stderr as
 * {@code path:line:col: message}; the exit code is 0 on success, 1 for a bad spec, 2 for bad arguments (including a
 * package name, input or output path that cannot be used), 3 when the output cannot be written, 4 for an internal
 * error.
 */
public final class Main {

    static final int OK = 0;
    static final int BAD_SPEC = 1;
    static final int BAD_ARGUMENTS = 2;
    static final int OUTPUT_FAILED = 3;
    static final int INTERNAL_ERROR = 4;

    private Main() {}

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("tristate: " + e.getMessage());
            err.println("Try 'tristate --help'.");
            return BAD_ARGUMENTS;
        }
        if (options.help()) {
            out.print(Options.HELP);
            return OK;
        }
        GeneratorConfig config = options.toConfig();
        long start = System.nanoTime();
        GenerationResult result;
        try {
            result = new Generator().generate(config);
        } catch (GenerationException e) {
            e.problems().forEach(problem -> err.println(problem.file().equals("configuration")
                    ? "tristate: " + problem.message() : problem.toString()));
            return switch (e.kind()) {
                case SPEC -> BAD_SPEC;
                case CONFIGURATION -> BAD_ARGUMENTS;
                case OUTPUT -> OUTPUT_FAILED;
            };
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // A bug, not a problem of the input: say so in one line; the trace is for whoever fixes it.
            err.println("tristate: internal error while generating from " + config.inputSpec()
                    + "; please report it with the spec (run with -Dtristate.trace=true for the details)");
            if (Boolean.getBoolean("tristate.trace")) {
                e.printStackTrace(err);
            }
            return INTERNAL_ERROR;
        }
        for (Problem warning : result.warnings()) {
            err.println("warning: " + warning);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        boolean docs = config.docsDirectory() != null || !result.deletedDocs().isEmpty();
        if (result.status() == GenerationResult.Status.UP_TO_DATE) {
            out.printf("tristate: skipped, %d files%s up to date in %s (%d ms)%n", result.generatedFiles().size(),
                    docs ? " and " + result.generatedDocs().size() + " doc pages" : "", config.outputDirectory(),
                    millis);
        } else {
            out.printf("tristate: generated %d files (%d changed, %d deleted)%s in %d ms (read %d ms, write %d ms)"
                    + " into %s%s%s%n",
                    result.generatedFiles().size(), result.changedFiles().size(), result.deletedFiles().size(),
                    !docs ? "" : String.format(" and %d doc pages (%d changed, %d deleted)",
                            result.generatedDocs().size(), result.changedDocs().size(), result.deletedDocs().size()),
                    millis, result.timings().readMillis(), result.timings().writeMillis(), config.outputDirectory(),
                    config.docsDirectory() == null ? "" : "; docs in " + config.docsDirectory(),
                    result.fallbacks() == 0 ? "" : "; " + result.fallbacks() + " values generated as Object (see"
                            + " the warnings)");
        }
        if (result.changes() != null) {
            out.println("tristate: " + result.changes().summary());
        }
        return OK;
    }

    /** The parsed command line. */
    record Options(boolean help, Path input, Path output, String packageName, Path state, boolean force,
            Path baseline, Path changeReport, boolean failOnBreakingChange, Path docs,
            List<Path> allowedRefDirectories, boolean allowRemoteRefs, JacksonVersion jacksonVersion,
            boolean beanValidation) {

        static final String HELP = String.join(System.lineSeparator(),
                "Usage: java -jar tristate-generator-cli.jar --input SPEC --output DIR --package NAME [options]",
                "",
                "Generates Java models from an OpenAPI 3.0/3.1 document (the options of tristate:generate).",
                "",
                "  --input SPEC                  the root OpenAPI document, YAML or JSON (inputSpec)",
                "  --output DIR                  source root the packages are written below (outputDirectory)",
                "  --package NAME                Java package of every generated type (packageName)",
                "  --state DIR                   keep incremental state here: skip when nothing changed,",
                "                                delete stale files, compare models with the last run",
                "  --force                       generate even when nothing changed (force)",
                "  --baseline SPEC               compare the models with this spec instead of the last run (baseline)",
                "  --change-report FILE          write the Markdown change report here (changeReport)",
                "  --fail-on-breaking-change     refuse to generate when a change breaks the wire",
                "                                (failOnBreakingChange)",
                "  --docs DIR                    also write Markdown docs of the models here (docsDirectory)",
                "  --allowed-ref-directory DIR   let a $ref read files below DIR too; repeatable",
                "                                (allowedRefDirectories; the spec's own folder always may)",
                "  --allow-remote-refs           let a $ref name an http(s) URL, which is then fetched",
                "                                (allowRemoteRefs; refused by default, before any connection)",
                "  --jackson-version 2|3         the Jackson line the code is written for (jacksonVersion; 2)",
                "  --bean-validation             Jakarta Bean Validation constraints from the spec (beanValidation)",
                "  --help                        this text",
                "",
                "Exit codes: 0 done, 1 the spec has problems (printed as path:line:col: message), 2 bad arguments",
                "(an unknown option, a package name or path that cannot be used), 3 the output could not be",
                "written, 4 an internal error (please report it).",
                "");

        static Options parse(String[] args) {
            boolean help = false;
            Path input = null;
            Path output = null;
            String packageName = null;
            Path state = null;
            boolean force = false;
            Path baseline = null;
            Path changeReport = null;
            boolean failOnBreaking = false;
            Path docs = null;
            List<Path> allowedRefDirectories = new ArrayList<>();
            boolean allowRemoteRefs = false;
            JacksonVersion jacksonVersion = JacksonVersion.V2;
            boolean beanValidation = false;
            for (int i = 0; i < args.length; i++) {
                String arg = args[i];
                switch (arg) {
                    case "--help":
                    case "-h":
                        help = true;
                        break;
                    case "--input":
                        input = path(args, ++i, arg);
                        break;
                    case "--output":
                        output = path(args, ++i, arg);
                        break;
                    case "--package":
                        packageName = value(args, ++i, arg);
                        break;
                    case "--state":
                        state = path(args, ++i, arg);
                        break;
                    case "--force":
                        force = true;
                        break;
                    case "--baseline":
                        baseline = path(args, ++i, arg);
                        break;
                    case "--change-report":
                        changeReport = path(args, ++i, arg);
                        break;
                    case "--fail-on-breaking-change":
                        failOnBreaking = true;
                        break;
                    case "--docs":
                        docs = path(args, ++i, arg);
                        break;
                    case "--allowed-ref-directory":
                        allowedRefDirectories.add(path(args, ++i, arg));
                        break;
                    case "--allow-remote-refs":
                        allowRemoteRefs = true;
                        break;
                    case "--jackson-version":
                        try {
                            jacksonVersion = JacksonVersion.parse(value(args, ++i, arg));
                        } catch (IllegalArgumentException e) {
                            throw new IllegalArgumentException("--jackson-version must be 2 or 3, not '"
                                    + args[i] + "'");
                        }
                        break;
                    case "--bean-validation":
                        beanValidation = true;
                        break;
                    default:
                        throw new IllegalArgumentException("unknown option '" + arg + "'");
                }
            }
            if (!help && (input == null || output == null || packageName == null)) {
                throw new IllegalArgumentException("--input, --output and --package are required");
            }
            return new Options(help, input, output, packageName, state, force, baseline, changeReport,
                    failOnBreaking, docs, allowedRefDirectories, allowRemoteRefs, jacksonVersion, beanValidation);
        }

        private static Path path(String[] args, int index, String option) {
            String value = value(args, index, option);
            try {
                return Path.of(value);
            } catch (java.nio.file.InvalidPathException e) {
                throw new IllegalArgumentException(option + " '" + value + "' is not a path: " + e.getReason());
            }
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length || args[index].startsWith("--") || args[index].isEmpty()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }

        GeneratorConfig toConfig() {
            return GeneratorConfig.builder()
                    .inputSpec(input)
                    .outputDirectory(output)
                    .packageName(packageName)
                    .stateDirectory(state)
                    .force(force)
                    .baseline(baseline)
                    .changeReport(changeReport)
                    .failOnBreakingChange(failOnBreakingChange)
                    .docsDirectory(docs)
                    .allowedRefDirectories(allowedRefDirectories)
                    .allowRemoteRefs(allowRemoteRefs)
                    .jacksonVersion(jacksonVersion)
                    .beanValidation(beanValidation)
                    .build();
        }
    }
}
