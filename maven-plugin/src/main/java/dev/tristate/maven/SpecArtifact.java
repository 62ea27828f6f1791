package dev.tristate.maven;

/**
 * A spec published as a Maven artifact: its coordinates and the path of the root document inside it. Other files
 * below the same folder inside the artifact come along, so relative {@code $ref}s keep working.
 */
public class SpecArtifact {

    /** The artifact's groupId. */
    private String groupId;

    /** The artifact's artifactId. */
    private String artifactId;

    /** The artifact's version. */
    private String version;

    /** The artifact's type; {@code jar} unless set. */
    private String type = "jar";

    /** The artifact's classifier, if any. */
    private String classifier;

    /** The root document's path inside the artifact, for example {@code openapi/connections.yaml}. */
    private String path;

    public String getGroupId() {
        return groupId;
    }

    public String getArtifactId() {
        return artifactId;
    }

    public String getVersion() {
        return version;
    }

    public String getType() {
        return type;
    }

    public String getClassifier() {
        return classifier;
    }

    public String getPath() {
        return path;
    }

    @Override
    public String toString() {
        return groupId + ":" + artifactId + ":" + version + (classifier == null ? "" : ":" + classifier) + "!/" + path;
    }
}
