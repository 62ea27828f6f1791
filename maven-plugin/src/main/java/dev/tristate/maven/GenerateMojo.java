package dev.tristate.maven;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.GenerationResult;
import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.JacksonVersion;
import dev.tristate.generator.Problem;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecution;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.codehaus.plexus.build.BuildContext;
import org.eclipse.aether.RepositorySystem;

/**
 * Generates Java model classes from an OpenAPI document and adds them to the project's compile sources.
 * Runs only when something that decides the output changed since the last run of the same execution: the spec or
 * any file it references, the configuration, or the plugin.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class GenerateMojo extends AbstractMojo {

    /**
     * The root OpenAPI document (YAML or JSON, OpenAPI 3.0 or 3.1). Relative paths resolve against the project's
     * base directory. Either this or {@code inputSpecArtifact} is required.
     */
    @Parameter(property = "tristate.inputSpec")
    private File inputSpec;

    /**
     * A spec published as a Maven artifact, instead of {@code inputSpec}: {@code groupId}, {@code artifactId},
     * {@code version}, optional {@code type} (default jar) and {@code classifier}, and {@code path}, the root
     * document inside the artifact. The folder holding it is unpacked below the build directory.
     */
    @Parameter
    private SpecArtifact inputSpecArtifact;

    /**
     * The source root the generated Java packages are written below. It is added to the project's compile source
     * roots.
     */
    @Parameter(property = "tristate.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/tristate")
    private File outputDirectory;

    /** The Java package of every generated type, for example {@code com.example.api.model}. */
    @Parameter(property = "tristate.packageName", required = true)
    private String packageName;

    /** Skips generation. The output directory is still added as a compile source root. */
    @Parameter(property = "tristate.skip", defaultValue = "false")
    private boolean skip;

    /** Generates even when nothing changed since the last run. */
    @Parameter(property = "tristate.force", defaultValue = "false")
    private boolean force;

    /**
     * Fails the build, generating nothing, when the spec changed in a way that breaks the wire: clients of the old
     * revision reading the new one's JSON, or the other way round. Each such change is named with its location.
     */
    @Parameter(property = "tristate.failOnBreakingChange", defaultValue = "false")
    private boolean failOnBreakingChange;

    /**
     * A spec to compare with instead of the last run's models, for example the published revision, so CI can
     * check a pull request's spec against it.
     */
    @Parameter(property = "tristate.baseline")
    private File baseline;

    /** Like {@code baseline}, taken from a Maven artifact (same fields as {@code inputSpecArtifact}). */
    @Parameter
    private SpecArtifact baselineArtifact;

    /**
     * Where the Markdown change report goes. Default: {@code target/tristate/changes.md}, or
     * {@code target/tristate/changes-<executionId>.md} for an execution with an id of its own.
     */
    @Parameter(property = "tristate.changeReport")
    private File changeReport;

    /**
     * Also writes Markdown documentation of the models into {@code docsDirectory}: one page per model and enum and
     * an index, {@code README.md}. Regenerated with the models; pages of removed schemas are deleted.
     */
    @Parameter(property = "tristate.generateDocs", defaultValue = "true")
    private boolean generateDocs;

    /**
     * Where the Markdown documentation goes (with {@code generateDocs}). Default:
     * {@code target/generated-docs/tristate}, or {@code target/generated-docs/tristate/<executionId>} for an
     * execution with an id of its own, so that two executions never share an index page. Only pages this plugin
     * wrote are ever deleted from it.
     */
    @Parameter(property = "tristate.docsDirectory")
    private File docsDirectory;

    /**
     * Folders a {@code $ref} in the spec may read files from, besides the folder holding the root document. A
     * reference to a file anywhere else (an absolute path such as {@code /etc/passwd}, a {@code ../} that climbs
     * out, a link that points out) is refused before it is read. Default: the directory Maven was started in and
     * the project's base directory; with {@code inputSpecArtifact}, none (the artifact's own folder only).
     */
    @Parameter(property = "tristate.allowedRefDirectories")
    private List<File> allowedRefDirectories;

    /**
     * Lets a {@code $ref} name an http or https URL, which is then fetched at build time (and not seen by the
     * up-to-date check: use {@code force} after it changes). Refused by default, before any connection is made.
     */
    @Parameter(property = "tristate.allowRemoteRefs", defaultValue = "false")
    private boolean allowRemoteRefs;

    /**
     * The Jackson line the models are written for: {@code 2} (com.fasterxml.jackson.databind, plus
     * jackson-datatype-jsr310) or {@code 3} (tools.jackson.databind). Both need jackson-databind-nullable.
     */
    @Parameter(property = "tristate.jacksonVersion", defaultValue = "2")
    private String jacksonVersion;

    /**
     * Jakarta Bean Validation constraints from the spec's keywords (minLength, pattern, minimum, maxItems, format
     * email, ...), right for absent and null values; the consumer needs jakarta.validation-api.
     */
    @Parameter(property = "tristate.beanValidation", defaultValue = "false")
    private boolean beanValidation;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    @Parameter(defaultValue = "${mojoExecution}", readonly = true, required = true)
    private MojoExecution execution;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    private final BuildContext buildContext;
    private final RepositorySystem repositorySystem;

    @Inject
    public GenerateMojo(BuildContext buildContext, RepositorySystem repositorySystem) {
        this.buildContext = buildContext;
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        // Registered before the skip check: sources generated by an earlier run are still in the output directory,
        // and code that uses them must keep compiling when generation is skipped or up to date.
        project.addCompileSourceRoot(outputDirectory.getAbsolutePath());
        if (skip) {
            getLog().info("Tristate: skipped (tristate.skip)");
            return;
        }
        long start = System.nanoTime();
        JacksonVersion jackson;
        try {
            jackson = JacksonVersion.parse(jacksonVersion);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Tristate: jacksonVersion (tristate.jacksonVersion) must be 2 or 3, not '"
                    + jacksonVersion + "'");
        }
        GeneratorConfig config = GeneratorConfig.builder()
                .inputSpec(specFile())
                .outputDirectory(outputDirectory.toPath())
                .packageName(packageName)
                .stateDirectory(executionDirectory("maven-status", "tristate"))
                .force(force)
                .fingerprintExtras(PluginFingerprint.of(plugin))
                .baseline(baselineFile())
                .changeReport(changeReportFile().toPath())
                .failOnBreakingChange(failOnBreakingChange)
                .docsDirectory(generateDocs ? docsDirectoryFile().toPath() : null)
                .allowedRefDirectories(RefDirectories.of(allowedRefDirectories, session, project,
                        inputSpecArtifact != null))
                .allowRemoteRefs(allowRemoteRefs)
                .jacksonVersion(jackson)
                .beanValidation(beanValidation)
                .build();
        GenerationResult result;
        try {
            result = new Generator().generate(config);
        } catch (GenerationException e) {
            // Verbatim: one "path:line:col: message" per line, the way compilers report.
            throw new MojoFailureException(e.getMessage(), e);
        } catch (RuntimeException e) {
            // A bug, not a problem of the spec: one plain line; Maven's -e shows the trace to whoever fixes it.
            throw new MojoExecutionException("Tristate: internal error generating from " + config.inputSpec()
                    + "; please report it with the spec (run Maven with -e for the details)", e);
        }
        for (Problem warning : result.warnings()) {
            getLog().warn(warning.toString());
        }
        result.changedFiles().forEach(f -> buildContext.refresh(outputDirectory.toPath().resolve(f).toFile()));
        result.deletedFiles().forEach(f -> buildContext.refresh(outputDirectory.toPath().resolve(f).toFile()));
        result.changedDocs().forEach(f -> buildContext.refresh(docsDirectoryFile().toPath().resolve(f).toFile()));
        result.deletedDocs().forEach(f -> buildContext.refresh(docsDirectoryFile().toPath().resolve(f).toFile()));
        getLog().info(summary(result, (System.nanoTime() - start) / 1_000_000));
        if (result.changes() != null) {
            getLog().info("Tristate: " + result.changes().summary() + " since "
                    + (baseline != null || baselineArtifact != null ? "the baseline" : "the last run")
                    + (result.changes().changes().isEmpty() ? "" : "; report: " + changeReportFile()));
        }
    }

    private Path baselineFile() throws MojoFailureException {
        if (baselineArtifact != null) {
            return resolver().unpack(baselineArtifact, executionDirectory("tristate", "baseline"));
        }
        return baseline == null ? null : baseline.toPath();
    }

    private File changeReportFile() {
        if (changeReport != null) {
            return changeReport;
        }
        String name = isDefaultExecution() ? "changes.md" : "changes-" + execution.getExecutionId() + ".md";
        return new File(new File(project.getBuild().getDirectory(), "tristate"), name);
    }

    private File docsDirectoryFile() {
        if (docsDirectory != null) {
            return docsDirectory;
        }
        File docs = new File(new File(project.getBuild().getDirectory(), "generated-docs"), "tristate");
        return isDefaultExecution() ? docs : new File(docs, execution.getExecutionId());
    }

    /** The execution Maven names when the POM does not ({@code default}, {@code default-cli}, …). */
    private boolean isDefaultExecution() {
        String id = execution.getExecutionId();
        return "default".equals(id) || id.startsWith("default-");
    }

    private SpecArtifactResolver resolver() {
        return SpecArtifactResolver.of(repositorySystem, session, project);
    }

    private Path specFile() throws MojoFailureException {
        if (inputSpecArtifact != null) {
            if (inputSpec != null) {
                throw new MojoFailureException("configuration: set inputSpec or inputSpecArtifact, not both");
            }
            return resolver().unpack(inputSpecArtifact, executionDirectory("tristate", "spec"));
        }
        if (inputSpec == null) {
            throw new MojoFailureException("configuration: inputSpec (tristate.inputSpec) or inputSpecArtifact is"
                    + " required");
        }
        return inputSpec.toPath();
    }

    /** One folder per execution, so several executions in a module keep separate state. */
    private Path executionDirectory(String first, String second) {
        return Path.of(project.getBuild().getDirectory(), first, second, execution.getExecutionId());
    }

    /**
     * One line: "generated 13 files (13 changed, 0 deleted) and 14 doc pages (14 changed, 0 deleted) in 717 ms
     * into …; docs in …", or "skipped, 13 files and 14 doc pages up to date in … (31 ms)". The doc part appears when
     * docs are written, or when pages of an earlier run were deleted because they no longer are.
     */
    private String summary(GenerationResult result, long millis) {
        boolean docs = generateDocs || !result.deletedDocs().isEmpty();
        if (result.status() == GenerationResult.Status.UP_TO_DATE) {
            return String.format("Tristate: skipped, %d files%s up to date in %s (%d ms)",
                    result.generatedFiles().size(),
                    docs ? String.format(" and %d doc pages", result.generatedDocs().size()) : "", outputDirectory,
                    millis);
        }
        String docPart = !docs ? "" : String.format(" and %d doc pages (%d changed, %d deleted)",
                result.generatedDocs().size(), result.changedDocs().size(), result.deletedDocs().size());
        return String.format("Tristate: generated %d files (%d changed, %d deleted)%s in %d ms into %s%s%s",
                result.generatedFiles().size(), result.changedFiles().size(), result.deletedFiles().size(), docPart,
                millis, outputDirectory, generateDocs ? "; docs in " + docsDirectoryFile() : "",
                result.fallbacks() == 0 ? "" : "; " + result.fallbacks() + " values generated as Object (see the"
                        + " warnings)");
    }
}
