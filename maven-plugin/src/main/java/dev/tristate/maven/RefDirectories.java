package dev.tristate.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The folders a spec's {@code $ref}s may read files from, besides the root document's own folder. Unless configured,
 * the build's: the directory Maven was started in (or the {@code -f} POM's) and the project's base directory, so a
 * spec split into sibling folders of a repository works as it is, while a reference to {@code /etc/passwd} or to a
 * home directory is refused. A spec taken from an artifact gets no folder beyond its own: it comes from elsewhere,
 * and must not read this build's files.
 */
final class RefDirectories {

    private RefDirectories() {}

    static List<Path> of(List<File> configured, MavenSession session, MavenProject project, boolean fromArtifact) {
        List<Path> directories = new ArrayList<>();
        if (configured != null && !configured.isEmpty()) {
            configured.forEach(directory -> directories.add(directory.toPath()));
            return directories;
        }
        if (fromArtifact) {
            return directories;
        }
        if (session.getExecutionRootDirectory() != null) {
            directories.add(Path.of(session.getExecutionRootDirectory()));
        }
        if (project.getBasedir() != null && !directories.contains(project.getBasedir().toPath())) {
            directories.add(project.getBasedir().toPath());
        }
        return directories;
    }
}
