package dev.tristate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tristate.corpus.ExampleSite.Container;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.read.SourceDocument;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps every example of a spec to the generated Java that reads it, using the generator's own model (the class a
 * schema became, the property a schema is, both with the examples the generator saw), and accounts for the examples
 * no generated type reads.
 */
final class ExampleSites {

    /** An example no generated class or property reads, and why. */
    record Unreached(String location, String examplePointer, String why) {}

    /** The examples to round-trip, and the ones that cannot be. */
    record Found(List<ExampleSite> sites, List<Unreached> unreached) {}

    private record PropertyAt(ObjectModel owner, PropertyModel property) {}

    private final SpecSources sources;
    private final Map<String, TypeModel> types = new LinkedHashMap<>();
    private final Map<String, PropertyAt> properties = new LinkedHashMap<>();

    private ExampleSites(ApiModel model, SpecSources sources) {
        this.sources = sources;
        for (TypeModel type : model.types()) {
            // An alias used in several places gives each use its own copy of an inline class, all at one pointer.
            types.putIfAbsent(type.schemaPointer(), type);
            if (type instanceof ObjectModel object) {
                for (PropertyModel property : object.properties()) {
                    properties.putIfAbsent(object.schemaPointer() + "/properties/"
                            + JsonComparison.escape(property.wireName()), new PropertyAt(object, property));
                }
            }
        }
    }

    static Found in(ApiModel model, SpecSources sources) {
        return new ExampleSites(model, sources).find();
    }

    private Found find() {
        List<ExampleSite> sites = new ArrayList<>();
        Set<String> covered = new HashSet<>();
        types.forEach((pointer, type) -> {
            addModelExamples(sites, covered, pointer, type.docs().examples(),
                    new ExampleSite.WholeType(type.className()));
        });
        properties.forEach((pointer, at) -> {
            if (!types.containsKey(pointer)) {
                addModelExamples(sites, covered, pointer, at.property().docs().examples(),
                        new ExampleSite.Property(at.owner().className(), at.property().wireName(), List.of(),
                                at.property().nullable()));
            }
        });
        List<Unreached> unreached = new ArrayList<>();
        for (RawExamples.RawExample raw : RawExamples.in(sources.documents())) {
            if (covered.contains(key(raw.document(), raw.schemaPointer()))) {
                continue;
            }
            Optional<ExampleSite.Property> container = inContainer(raw.document(), raw.schemaPointer());
            if (container.isPresent()) {
                sites.add(new ExampleSite(raw.schemaPointer(), raw.member(), raw.value().toString(),
                        container.get()));
            } else {
                unreached.add(new Unreached(sources.locate(raw.document(), raw.schemaPointer() + raw.member()),
                        raw.schemaPointer() + raw.member(), whyUnreached(raw.schemaPointer())));
            }
        }
        return new Found(sites, unreached);
    }

    /**
     * The model's examples of one schema, named by their member in the file that holds the schema (a schema Swagger
     * Parser took from another file without a pointer the model knows shows only its {@code example}).
     */
    private void addModelExamples(List<ExampleSite> sites, Set<String> covered, String pointer,
            List<String> examples, ExampleSite.Target target) {
        Optional<SourceDocument> holder = sources.holding(pointer);
        holder.ifPresent(document -> covered.add(key(document, pointer)));
        JsonNode written = holder.map(d -> d.at(pointer)).orElse(null);
        boolean single = written != null && written.has("example");
        for (int i = 0; i < examples.size(); i++) {
            String member;
            if (written == null) {
                member = "/example";
            } else if (single) {
                member = i == 0 ? "/example" : "/examples/" + (i - 1);
            } else {
                member = "/examples/" + i;
            }
            sites.add(new ExampleSite(pointer, member, examples.get(i), target));
        }
    }

    /** A property's items or map values (at any depth), when the schema at the pointer is one. */
    private Optional<ExampleSite.Property> inContainer(SourceDocument document, String pointer) {
        List<Container> inwards = new ArrayList<>();
        String at = pointer;
        while (true) {
            if (at.endsWith("/items")) {
                inwards.add(0, Container.LIST);
                at = at.substring(0, at.length() - "/items".length());
            } else if (at.endsWith("/additionalProperties")) {
                inwards.add(0, Container.MAP);
                at = at.substring(0, at.length() - "/additionalProperties".length());
            } else {
                break;
            }
        }
        PropertyAt property = properties.get(at);
        if (inwards.isEmpty() || property == null
                || !sources.holding(at).map(document::equals).orElse(false)) {
            return Optional.empty();
        }
        TypeRef type = property.property().type();
        boolean nullAllowed = false;
        for (Container container : inwards) {
            if (container == Container.LIST && type instanceof TypeRef.ListOf list) {
                nullAllowed = list.elementNullable();
                type = list.element();
            } else if (container == Container.MAP && type instanceof TypeRef.MapOf map) {
                nullAllowed = map.valueNullable();
                type = map.value();
            } else {
                // The generated property is not the container the spec describes (e.g. a composition became Object).
                return Optional.empty();
            }
        }
        return Optional.of(new ExampleSite.Property(property.owner().className(), property.property().wireName(),
                inwards, nullAllowed));
    }

    private String whyUnreached(String pointer) {
        if (pointer.matches(".*/(allOf|oneOf|anyOf)/\\d+(/.*)?")) {
            return "inside an allOf/oneOf/anyOf, which is generated as Object";
        }
        if (pointer.matches("/components/schemas/[^/]+")) {
            return "on a component that is not a class (an alias of a scalar, list or map)";
        }
        if (pointer.matches(".*/not(/.*)?")) {
            return "inside a 'not' schema";
        }
        return "on a schema no generated class or property stands for";
    }

    private static String key(SourceDocument document, String pointer) {
        return document.file().toAbsolutePath().normalize() + "#" + pointer;
    }
}
