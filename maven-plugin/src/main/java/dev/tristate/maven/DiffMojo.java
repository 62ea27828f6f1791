package dev.tristate.maven;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.write.OutputPaths;
import dev.tristate.generator.Generator;
import dev.tristate.generator.evolution.ChangeReport;
import dev.tristate.generator.read.RefPolicy;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.inject.Inject;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;

/**
 * Compares two revisions of a spec without generating anything, and prints what the change does to consumers of
 * the generated Java and on the wire: the same report {@code generate} writes.
 */
@Mojo(name = "diff", requiresProject = false, threadSafe = true)
public class DiffMojo extends AbstractMojo {

    /** The older revision. Either this or {@code oldSpecArtifact} is required. */
    @Parameter(property = "tristate.oldSpec")
    private File oldSpec;

    /** The older revision as a Maven artifact (groupId, artifactId, version, path inside it). */
    @Parameter
    private SpecArtifact oldSpecArtifact;

    /** The newer revision. Either this or {@code newSpecArtifact} is required. */
    @Parameter(property = "tristate.newSpec")
    private File newSpec;

    /** The newer revision as a Maven artifact. */
    @Parameter
    private SpecArtifact newSpecArtifact;

    /** Where the Markdown report goes. */
    @Parameter(property = "tristate.changeReport", defaultValue = "${project.build.directory}/tristate/diff.md")
    private File changeReport;

    /** Fails the build when a change breaks the wire in either direction. */
    @Parameter(property = "tristate.failOnBreakingChange", defaultValue = "false")
    private boolean failOnBreakingChange;

    /**
     * Folders a {@code $ref} may read files from, besides each spec's own folder (as for {@code generate}).
     * Default: the directory Maven was started in and the project's base directory.
     */
    @Parameter(property = "tristate.allowedRefDirectories")
    private List<File> allowedRefDirectories;

    /** Lets a {@code $ref} name an http or https URL, which is then fetched. Refused by default. */
    @Parameter(property = "tristate.allowRemoteRefs", defaultValue = "false")
    private boolean allowRemoteRefs;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    private MavenSession session;

    private final RepositorySystem repositorySystem;

    @Inject
    public DiffMojo(RepositorySystem repositorySystem) {
        this.repositorySystem = repositorySystem;
    }

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path before = spec("oldSpec", oldSpec, oldSpecArtifact, "old");
        Path after = spec("newSpec", newSpec, newSpecArtifact, "new");
        ChangeReport report;
        try {
            boolean fromArtifact = oldSpecArtifact != null || newSpecArtifact != null;
            report = new Generator().diff(before, after, new RefPolicy(
                    RefDirectories.of(allowedRefDirectories, session, project, fromArtifact), allowRemoteRefs));
        } catch (GenerationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
        String markdown = report.toMarkdown();
        try {
            Files.createDirectories(changeReport.getAbsoluteFile().getParentFile().toPath());
            Files.writeString(changeReport.toPath(), markdown, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException(changeReport + ": cannot write the change report: "
                    + OutputPaths.reason(e), e);
        }
        markdown.lines().forEach(getLog()::info);
        getLog().info("Tristate: " + report.summary() + "; report: " + changeReport);
        if (failOnBreakingChange && report.wireBreakingCount() > 0) {
            StringBuilder message = new StringBuilder("Tristate: " + report.wireBreakingCount()
                    + " wire-breaking change(s) from " + before + " to " + after + ":");
            report.changes().stream().filter(c -> c.wireBreaking()).forEach(c -> message.append(System.lineSeparator())
                    .append("  ").append(c.where()).append(' ').append(c.kind().text())
                    .append(c.detail().isEmpty() ? "" : " " + c.detail()));
            throw new MojoFailureException(message.toString());
        }
    }

    private Path spec(String name, File file, SpecArtifact artifact, String folder) throws MojoFailureException {
        if (artifact != null) {
            Path directory = Path.of(project.getBuild().getDirectory(), "tristate", "diff", folder);
            return SpecArtifactResolver.of(repositorySystem, session, project).unpack(artifact, directory);
        }
        if (file == null) {
            throw new MojoFailureException("configuration: " + name + " (tristate." + name + ") or " + name
                    + "Artifact is required");
        }
        return file.toPath();
    }
}
