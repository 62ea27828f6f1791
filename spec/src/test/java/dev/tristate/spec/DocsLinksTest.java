package dev.tristate.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every relative link in the repository's README.md and docs/**.md resolves: the file (or folder) it names exists,
 * and a {@code #anchor} names a heading of the target Markdown file, by the slug GitHub gives that heading. Links
 * inside fenced code blocks and code spans are not links and are skipped; http, https and mailto links are not
 * checked. The spec module is the first in the reactor, so a broken link fails {@code ./mvnw -B verify} early.
 */
class DocsLinksTest {

  /** An inline link or image, {@code [text](target)} or {@code [text](target "title")}. */
  private static final Pattern INLINE_LINK =
      Pattern.compile("!?\\[(?:[^\\[\\]]|\\[[^\\[\\]]*\\])*\\]\\(\\s*<?([^)\\s>]*)>?(?:\\s+\"[^\"]*\")?\\s*\\)");

  /** A reference definition, {@code [label]: target}. */
  private static final Pattern REFERENCE_DEFINITION = Pattern.compile("^ {0,3}\\[[^\\]]+\\]:\\s*<?([^\\s>]+)>?");

  private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)(?:\\s+#+)?\\s*$");

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})");

  private static final Pattern CODE_SPAN = Pattern.compile("(`+)(.+?)\\1");

  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  @Test
  void everyRelativeLinkAndAnchorInTheDocsResolves() {
    Path root = repositoryRoot();
    List<Path> pages = pages(root);
    assertThat(pages).contains(root.resolve("README.md"));
    assertThat(pages.size()).as("README.md and the pages in docs/").isGreaterThan(1);

    List<Link> links = new ArrayList<>();
    pages.forEach(page -> links.addAll(links(page)));
    List<Link> relative = links.stream().filter(link -> !SCHEME.matcher(link.target()).find())
        .collect(Collectors.toList());
    assertThat(relative).as("relative links found").hasSizeGreaterThan(20);
    assertThat(relative).as("links with an anchor found").anyMatch(link -> link.target().contains("#"));

    List<String> broken = broken(root, relative);

    assertThat(broken).as("broken relative links in README.md and docs/").isEmpty();
  }

  @Test
  void slugsAreGitHubs() {
    assertThat(slug("The two commands")).isEqualTo("the-two-commands");
    assertThat(slug("Goal `tristate:generate` (default phase `generate-sources`, thread-safe)"))
        .isEqualTo("goal-tristategenerate-default-phase-generate-sources-thread-safe");
    assertThat(slug("Incremental: regenerate on spec change, and only then"))
        .isEqualTo("incremental-regenerate-on-spec-change-and-only-then");
    assertThat(slug("Dependencies, and why each is there")).isEqualTo("dependencies-and-why-each-is-there");
    assertThat(slug("Coming from [openapi-generator](https://openapi-generator.tech)"))
        .isEqualTo("coming-from-openapi-generator");
    assertThat(slug("snake_case and  two spaces")).isEqualTo("snake_case-and--two-spaces");
    assertThat(slug("Prénom → 名前")).isEqualTo("prénom--名前");
  }

  @Test
  void duplicateHeadingsGetNumberedSlugs(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.md");
    Files.writeString(page, String.join("\n", "# Notes", "## Example", "```", "## Not a heading", "```",
        "## Example", "## Example", ""));

    assertThat(anchors(page)).containsExactly("notes", "example", "example-1", "example-2");
  }

  @Test
  void aMissingFileAMissingAnchorAndAnAnchorOnANonMarkdownFileAreReported(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("docs"));
    Files.writeString(dir.resolve("docs/other.md"), "# Other page\n\n## A section\n");
    Files.writeString(dir.resolve("code.java"), "class Code {}\n");
    Path page = dir.resolve("README.md");
    Files.writeString(page, String.join("\n",
        "[fine](docs/other.md#a-section) [fine too](#top) [folder](docs/) [web](https://example.com/x.md)",
        "# Top",
        "[no file](docs/missing.md) [no anchor](docs/other.md#no-such-section) [no local anchor](#nowhere)",
        "[anchor on code](code.java#L1) `[in a code span](missing-in-span.md)`",
        "```",
        "[in a fence](missing-in-fence.md)",
        "```",
        "[ref]: docs/missing-reference.md",
        ""));

    List<String> broken = broken(dir, links(page));

    assertThat(broken).hasSize(5);
    assertThat(String.join("\n", broken))
        .contains("docs/missing.md: no such file")
        .contains("docs/other.md#no-such-section: no heading")
        .contains("#nowhere: no heading")
        .contains("code.java#L1: an anchor on a file that is not Markdown")
        .contains("docs/missing-reference.md: no such file")
        .doesNotContain("missing-in-span")
        .doesNotContain("missing-in-fence");
  }

  /** A link as written: the page it is on, its line, its target. */
  private record Link(Path page, int line, String target) {}

  /** The repository root: the parent of this module's base directory. */
  private static Path repositoryRoot() {
    String basedir = System.getProperty("basedir");
    Path module = (basedir == null ? Path.of("") : Path.of(basedir)).toAbsolutePath().normalize();
    Path root = module.getParent();
    assertThat(root.resolve("README.md")).as("README.md in the repository root").isRegularFile();
    assertThat(root.resolve("spec/pom.xml")).as("this module below the repository root").isRegularFile();
    return root;
  }

  /** README.md and every Markdown file below docs/. */
  private static List<Path> pages(Path root) {
    List<Path> pages = new ArrayList<>();
    pages.add(root.resolve("README.md"));
    Path docs = root.resolve("docs");
    if (Files.isDirectory(docs)) {
      try (Stream<Path> files = Files.walk(docs)) {
        files.filter(file -> file.toString().endsWith(".md")).sorted().forEach(pages::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return pages;
  }

  private static List<String> broken(Path root, List<Link> links) {
    Map<Path, Set<String>> anchorsByFile = new HashMap<>();
    List<String> broken = new ArrayList<>();
    for (Link link : links) {
      String target = link.target();
      if (SCHEME.matcher(target).find()) {
        continue;
      }
      int hash = target.indexOf('#');
      String file = URLDecoder.decode(hash < 0 ? target : target.substring(0, hash), StandardCharsets.UTF_8);
      String anchor = hash < 0 ? null : URLDecoder.decode(target.substring(hash + 1), StandardCharsets.UTF_8);
      Path resolved = file.isEmpty() ? link.page()
          : file.startsWith("/") ? root.resolve(file.substring(1)).normalize()
          : link.page().getParent().resolve(file).normalize();
      String where = root.relativize(link.page()) + ":" + link.line() + ": " + target + ": ";
      if (!resolved.startsWith(root)) {
        broken.add(where + "leaves the repository");
      } else if (!Files.exists(resolved)) {
        broken.add(where + "no such file " + root.relativize(resolved));
      } else if (anchor != null && !resolved.toString().endsWith(".md")) {
        broken.add(where + "an anchor on a file that is not Markdown");
      } else if (anchor != null
          && !anchorsByFile.computeIfAbsent(resolved, DocsLinksTest::anchors).contains(anchor)) {
        broken.add(where + "no heading with the slug '" + anchor + "' in " + root.relativize(resolved));
      }
    }
    return broken;
  }

  /** The links of a page, outside fenced code blocks and code spans. */
  private static List<Link> links(Path page) {
    List<Link> links = new ArrayList<>();
    List<String> lines = read(page);
    String fence = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher opening = FENCE.matcher(line);
      if (fence != null) {
        if (opening.find() && opening.group(1).charAt(0) == fence.charAt(0)
            && opening.group(1).length() >= fence.length() && line.trim().equals(opening.group(1))) {
          fence = null;
        }
        continue;
      }
      if (opening.find()) {
        fence = opening.group(1);
        continue;
      }
      String text = CODE_SPAN.matcher(line).replaceAll("code");
      Matcher inline = INLINE_LINK.matcher(text);
      while (inline.find()) {
        links.add(new Link(page, i + 1, inline.group(1)));
      }
      Matcher definition = REFERENCE_DEFINITION.matcher(text);
      if (definition.find()) {
        links.add(new Link(page, i + 1, definition.group(1)));
      }
    }
    return links;
  }

  /** The slugs GitHub gives the headings of a page, in order; a repeated slug gets -1, -2, … */
  private static Set<String> anchors(Path page) {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    String fence = null;
    for (String line : read(page)) {
      Matcher opening = FENCE.matcher(line);
      if (fence != null) {
        if (opening.find() && opening.group(1).charAt(0) == fence.charAt(0)
            && opening.group(1).length() >= fence.length() && line.trim().equals(opening.group(1))) {
          fence = null;
        }
        continue;
      }
      if (opening.find()) {
        fence = opening.group(1);
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(2));
        int count = seen.merge(slug, 1, Integer::sum);
        anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
    }
    return anchors;
  }

  /**
   * GitHub's heading slug: the heading's text (a link counts by its text), lower-cased, without punctuation other
   * than hyphens and underscores, each space a hyphen. Letters and digits of any script are kept.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1").toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c == ' ') {
        slug.append('-');
      } else if (c == '-' || c == '_' || Character.isLetterOrDigit(c)
          || Character.getType(c) == Character.NON_SPACING_MARK) {
        slug.appendCodePoint(c);
      }
    });
    return slug.toString();
  }

  private static List<String> read(Path page) {
    try {
      return Files.readAllLines(page, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
