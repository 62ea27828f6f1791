package dev.tristate.generator.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile specs too large to keep as files (deep nesting, long chains, huge lists), written with their
 * expectations (see {@link HostileSpec}). Each is the smallest spec that shows its case, at or just past a limit.
 */
final class SyntheticSpecs {

    private static final String HEAD = "openapi: 3.0.3\ninfo: {title: Synthetic, version: \"1\"}\npaths: {}\n"
            + "components:\n  schemas:\n";

    private final Path folder;
    private final List<Path> written = new ArrayList<>();

    private SyntheticSpecs(Path folder) {
        this.folder = folder;
    }

    static List<Path> write(Path folder) {
        SyntheticSpecs specs = new SyntheticSpecs(folder);
        specs.inlineNesting();
        specs.objectChain();
        specs.aliasChain("alias-chain-at-limit", 499,
                "# 500 links (the property, then 499 schemas that are only a $ref): the most Tristate follows\n"
                        + "compiles\nclass User\nroundtrip User {\"a\":\"end of the chain\"}\n");
        specs.aliasChain("alias-chain-over-limit", 500,
                "# 501 links: refused where the chain starts, instead of overflowing the stack\nfails\n"
                        + "error alias-chain-over-limit.yaml:9:9: a chain of 501 schemas that each only refer to"
                        + " the next starts here; Tristate follows at most 500\n");
        specs.documentTooDeep();
        specs.enumOverLimit();
        return specs.written;
    }

    /** Inline objects 200 deep: the class names, each the path to it, outgrow a file name and are shortened. */
    private void inlineNesting() {
        int depth = 200;
        StringBuilder schema = new StringBuilder("{type: object, properties: {leaf: {type: string}}}");
        StringBuilder json = new StringBuilder("{\"leaf\":\"bottom\"}");
        for (int i = 0; i < depth; i++) {
            schema.insert(0, "{type: object, properties: {level: ").append("}}");
            json.insert(0, "{\"level\":").append('}');
        }
        spec("inline-nesting-200", HEAD + "    Root: " + schema + "\n",
                "# 200 levels of inline objects: 201 classes, named after their paths and shortened to fit a file"
                        + " name\ncompiles\nclasses 201\nroundtrip Root " + json + "\n");
    }

    /** 200 named schemas, each with a property referring to the next. */
    private void objectChain() {
        int length = 200;
        StringBuilder schemas = new StringBuilder(HEAD);
        StringBuilder json = new StringBuilder("{\"leaf\":\"end\"}");
        for (int i = 0; i < length; i++) {
            schemas.append(String.format("    S%03d: {type: object, properties: {next: {$ref: '#/components/schemas/"
                    + "S%03d'}}}\n", i, i + 1));
            json.insert(0, "{\"next\":").append('}');
        }
        schemas.append(String.format("    S%03d: {type: object, properties: {leaf: {type: string}}}\n", length));
        spec("object-chain-200", schemas.toString(), "# 200 objects, each referring to the next\ncompiles\n"
                + "classes 201\nroundtrip S000 " + json + "\n");
    }

    /** A property referring to the first of {@code aliases} schemas that each only refer to the next. */
    private void aliasChain(String name, int aliases, String expectation) {
        StringBuilder schemas = new StringBuilder(HEAD)
                .append("    User:\n      type: object\n      properties:\n")
                .append("        a: {$ref: '#/components/schemas/A000'}\n");
        for (int i = 0; i < aliases; i++) {
            schemas.append(String.format("    A%03d: {$ref: '#/components/schemas/A%03d'}\n", i, i + 1));
        }
        schemas.append(String.format("    A%03d: {type: string}\n", aliases));
        spec(name, schemas.toString(), expectation);
    }

    /** Inline objects 501 deep: two YAML levels each, past the 1,000 levels a document may nest. */
    private void documentTooDeep() {
        StringBuilder schema = new StringBuilder("{type: string}");
        for (int i = 0; i < 501; i++) {
            schema.insert(0, "{type: object, properties: {n: ").append("}}");
        }
        spec("document-too-deep", HEAD + "    Root: " + schema + "\n",
                "# nesting past what the YAML reader allows is a located error, not a stack overflow\nfails\n"
                        + "error document-too-deep.yaml:6:15477: the document nests deeper than 1,000 levels, the"
                        + " most Tristate reads\n");
    }

    /** One value more than a generated class can hold. */
    private void enumOverLimit() {
        StringBuilder schemas = new StringBuilder(HEAD).append("    Big:\n      type: string\n      enum:\n");
        for (int i = 0; i <= 10_000; i++) {
            schemas.append(String.format("      - v%05d\n", i));
        }
        spec("enum-over-limit", schemas.toString(), "# 10,001 values: one more than a generated class holds\nfails\n"
                + "error enum-over-limit.yaml:8:7: 'enum' lists 10,001 values; Tristate generates at most 10,000"
                + " (a Java class can hold only so many constants)\n");
    }

    private void spec(String name, String spec, String expectation) {
        try {
            Path file = Files.writeString(folder.resolve(name + ".yaml"), spec);
            Files.writeString(HostileSpec.expectationOf(file), expectation);
            written.add(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
