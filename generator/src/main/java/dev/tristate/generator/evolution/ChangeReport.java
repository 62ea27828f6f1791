package dev.tristate.generator.evolution;

import java.util.List;

/**
 * Every change between two revisions of a spec, with a one-line summary for the build log and a Markdown page.
 *
 * @param title the spec's title
 * @param fromVersion {@code info.version} of the older revision
 * @param toVersion {@code info.version} of the newer revision
 */
public record ChangeReport(String title, String fromVersion, String toVersion, List<Change> changes) {

    public ChangeReport {
        changes = List.copyOf(changes);
    }

    public long wireBreakingCount() {
        return changes.stream().filter(Change::wireBreaking).count();
    }

    public long sourceBreakingCount() {
        return changes.stream().filter(Change::sourceBreaking).count();
    }

    /** {@code 12 changes (2 wire-breaking, 3 source-breaking)}, or {@code no changes}. */
    public String summary() {
        if (changes.isEmpty()) {
            return "no changes";
        }
        return changes.size() + (changes.size() == 1 ? " change" : " changes") + " (" + wireBreakingCount()
                + " wire-breaking, " + sourceBreakingCount() + " source-breaking)";
    }

    public String toMarkdown() {
        StringBuilder md = new StringBuilder();
        md.append("# Changes to ").append(title.isBlank() ? "the spec" : title).append(": ")
                .append(version(fromVersion)).append(" → ").append(version(toVersion)).append("\n\n");
        if (changes.isEmpty()) {
            return md.append("No changes to the generated models.\n").toString();
        }
        md.append(summary().substring(0, 1).toUpperCase()).append(summary().substring(1)).append(".\n\n");
        md.append("- **Java source**: whether code written against the old generated classes still compiles.\n");
        md.append("- **Old clients reading new JSON**: clients generated from ").append(version(fromVersion))
                .append(" reading what ").append(version(toVersion)).append(" sends.\n");
        md.append("- **New clients reading old JSON**: clients generated from ").append(version(toVersion))
                .append(" reading what ").append(version(fromVersion)).append(" sent.\n\n");
        md.append("| change | where | details | Java source | old clients reading new JSON | new clients reading old JSON |\n");
        md.append("|---|---|---|---|---|---|\n");
        for (Change change : changes) {
            md.append("| ").append(change.kind().text())
                    .append(" | `").append(cell(change.where())).append('`')
                    .append(" | ").append(cell(change.detail()))
                    .append(" | ").append(change.sourceBreaking() ? "**breaking**" : "compatible")
                    .append(" | ").append(impact(change.oldReadsNew()))
                    .append(" | ").append(impact(change.newReadsOld()))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static String impact(String consequence) {
        return consequence == null ? "compatible" : "**breaking**: " + cell(consequence);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }

    private static String version(String version) {
        return version == null || version.isBlank() ? "(no version)" : version;
    }
}
