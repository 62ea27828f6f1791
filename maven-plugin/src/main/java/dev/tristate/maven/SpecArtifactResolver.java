package dev.tristate.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactRequest;
import org.eclipse.aether.resolution.ArtifactResolutionException;

/**
 * Resolves a {@link SpecArtifact} (from the reactor, the local repository or a remote one) and unpacks the folder
 * holding its root document, writing only files whose bytes changed so an unchanged artifact costs no rebuild.
 * The generator then fingerprints the unpacked files like any other spec files.
 */
final class SpecArtifactResolver {

    private final RepositorySystem repositorySystem;
    private final RepositorySystemSession session;
    private final List<RemoteRepository> repositories;

    /** A resolver over the build's own repositories (reactor, local, the project's remotes). */
    static SpecArtifactResolver of(RepositorySystem repositorySystem, MavenSession session, MavenProject project) {
        return new SpecArtifactResolver(repositorySystem, session.getRepositorySession(),
                project.getRemoteProjectRepositories());
    }

    private SpecArtifactResolver(RepositorySystem repositorySystem, RepositorySystemSession session,
            List<RemoteRepository> repositories) {
        this.repositorySystem = repositorySystem;
        this.session = session;
        this.repositories = repositories;
    }

    /** Unpacks below {@code directory} and returns the root document's path there. */
    Path unpack(SpecArtifact spec, Path directory) throws MojoFailureException {
        if (spec.getGroupId() == null || spec.getArtifactId() == null || spec.getVersion() == null
                || spec.getPath() == null) {
            throw new MojoFailureException("configuration: inputSpecArtifact needs groupId, artifactId, version and"
                    + " path (the root document inside the artifact); got " + spec);
        }
        Path archive = resolve(spec);
        String path = spec.getPath().startsWith("/") ? spec.getPath().substring(1) : spec.getPath();
        String folder = path.contains("/") ? path.substring(0, path.lastIndexOf('/') + 1) : "";
        if (Files.isDirectory(archive)) {
            // In a reactor build before 'package', the artifact is its module's target/classes folder.
            return copyFolder(spec, archive, path, folder, directory);
        }
        try (ZipFile zip = new ZipFile(archive.toFile())) {
            if (zip.getEntry(path) == null) {
                throw new MojoFailureException(spec + ": no entry '" + path + "' in " + archive);
            }
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.isDirectory() || !entry.getName().startsWith(folder)) {
                    continue;
                }
                Path target = directory.resolve(entry.getName()).normalize();
                if (!target.startsWith(directory.normalize())) {
                    continue; // an entry named ../x must not escape the unpack folder
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    writeIfChanged(target, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new MojoFailureException(spec + ": cannot unpack " + archive + ": " + e.getMessage(), e);
        }
        return directory.resolve(path);
    }

    private static Path copyFolder(SpecArtifact spec, Path classes, String path, String folder, Path directory)
            throws MojoFailureException {
        if (!Files.isRegularFile(classes.resolve(path))) {
            throw new MojoFailureException(spec + ": no file '" + path + "' in " + classes);
        }
        Path source = classes.resolve(folder);
        try (java.util.stream.Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
                writeIfChanged(directory.resolve(folder).resolve(source.relativize(file).toString()),
                        Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new MojoFailureException(spec + ": cannot copy " + source + ": " + e.getMessage(), e);
        }
        return directory.resolve(path);
    }

    private Path resolve(SpecArtifact spec) throws MojoFailureException {
        DefaultArtifact artifact = new DefaultArtifact(spec.getGroupId(), spec.getArtifactId(),
                spec.getClassifier(), spec.getType(), spec.getVersion());
        try {
            return repositorySystem.resolveArtifact(session, new ArtifactRequest(artifact, repositories, null))
                    .getArtifact().getFile().toPath();
        } catch (ArtifactResolutionException e) {
            throw new MojoFailureException("inputSpecArtifact " + spec + " cannot be resolved: " + e.getMessage(), e);
        }
    }

    private static void writeIfChanged(Path target, byte[] bytes) throws IOException {
        if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), bytes)) {
            return;
        }
        Files.createDirectories(target.getParent());
        Files.write(target, bytes);
    }
}
