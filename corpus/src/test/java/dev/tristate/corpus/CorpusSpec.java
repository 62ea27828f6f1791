package dev.tristate.corpus;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One spec the suite runs: a short id (its output folder and the last segment of its Java package) and its entry
 * document.
 */
record CorpusSpec(String id, Path entry) {

    /** The entry documents of the specs in specs/, by id, in the order of its README's table. */
    private static final List<Map.Entry<String, String>> VENDORED = List.of(
            Map.entry("petstore", "petstore-expanded.yaml"),
            Map.entry("tictactoe", "tictactoe.yaml"),
            Map.entry("webhook", "webhook-example.yaml"),
            Map.entry("stackone", "stackone-hris.json"),
            Map.entry("discord", "discord.json"),
            Map.entry("k8sapps", "k8s-apps-v1.json"),
            Map.entry("k8score", "k8s-core-v1.json"),
            Map.entry("ampersand", "ampersand/api/api.yaml"),
            Map.entry("digitalocean", "digitalocean/specification/DigitalOcean-public.v2.yaml"),
            Map.entry("box", "box.json"),
            Map.entry("stripe", "stripe.yaml"),
            Map.entry("github", "github.json"));

    static List<CorpusSpec> vendored(Path specsRoot) {
        return VENDORED.stream().map(s -> new CorpusSpec(s.getKey(), specsRoot.resolve(s.getValue()))).toList();
    }

    /** The first path segment of every vendored spec's entry: the files and folders of specs/ the suite covers. */
    static List<String> vendoredTopLevelNames() {
        return VENDORED.stream().map(s -> s.getValue().split("/", 2)[0]).toList();
    }

    String javaPackage() {
        return "dev.tristate.corpus.generated." + id.replaceAll("[^A-Za-z0-9]", "_");
    }
}
