package dev.tristate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import dev.tristate.corpus.ExampleSite.Container;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.Docs;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.read.SourceDocument;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds every example written on a schema of the spec ({@link RawExamples}) and maps it to the generated Java that
 * reads it, using the generator's own model: the class a schema became, the property a schema is. Examples no
 * generated type reads are accounted for, with the reason.
 */
final class ExampleSites {

    /** An example no generated class or property reads, and why. */
    record Unreached(String location, String examplePointer, String why) {}

    /** The examples to round-trip, and the ones that cannot be. */
    record Found(List<ExampleSite> sites, List<Unreached> unreached) {}

    /**
     * A place in the model: what reads the examples of the schema at a pointer, and the examples it saw there.
     *
     * @param classPointer the pointer of the class the place is (a type) or is in (a property)
     */
    private record Known(ExampleSite.Target target, Docs docs, TypeRef type, String classPointer) {}

    private final SpecSources sources;
    /** Model pointer → what reads it; classes first, so an inline class's pointer is read as the class. */
    private final Map<String, Known> known = new LinkedHashMap<>();

    private ExampleSites(ApiModel model, SpecSources sources) {
        this.sources = sources;
        for (TypeModel type : model.types()) {
            // An alias used in several places gives each use its own copy of an inline class, all at one pointer.
            known.putIfAbsent(type.schemaPointer(),
                    new Known(new ExampleSite.WholeType(type.className()), type.docs(), null, type.schemaPointer()));
        }
        for (TypeModel type : model.types()) {
            if (type instanceof ObjectModel object) {
                for (PropertyModel property : object.properties()) {
                    String pointer = object.schemaPointer() + "/properties/"
                            + JsonComparison.escape(property.wireName());
                    known.putIfAbsent(pointer, new Known(new ExampleSite.Property(object.className(),
                            property.wireName(), List.of(), property.nullable(), isObject(property.type())),
                            property.docs(), property.type(), object.schemaPointer()));
                }
            }
        }
    }

    static Found in(ApiModel model, SpecSources sources) {
        return new ExampleSites(model, sources).find();
    }

    private Found find() {
        List<ExampleSite> sites = new ArrayList<>();
        List<Unreached> unreached = new ArrayList<>();
        for (RawExamples.RawExample raw : RawExamples.in(sources.documents())) {
            Optional<ExampleSite> site = site(raw);
            if (site.isPresent()) {
                sites.add(site.get());
            } else {
                unreached.add(new Unreached(sources.locate(raw.document(), raw.schemaPointer() + raw.member()),
                        raw.schemaPointer() + raw.member(), whyUnreached(raw.schemaPointer())));
            }
        }
        known.forEach((pointer, place) -> {
            if (sources.holding(place.classPointer()).isEmpty()) {
                // Swagger Parser took the schema from another file under a name no file has: only the model has
                // its examples. (A property of a class that is in a file but not under the class's pointer comes
                // from an allOf member, and the walk above finds it there.)
                for (String example : place.docs().examples()) {
                    sites.add(new ExampleSite(pointer, "/example", example, place.target(), Optional.empty()));
                }
            }
        });
        return new Found(sites, unreached);
    }

    private Optional<ExampleSite> site(RawExamples.RawExample raw) {
        String pointer = raw.schemaPointer();
        if (!sources.holding(pointer).map(raw.document()::equals).orElse(false)) {
            return Optional.empty();
        }
        Known place = placeAt(pointer);
        if (place != null) {
            return Optional.of(new ExampleSite(pointer, raw.member(), raw.value().toString(), place.target(),
                    modelExample(place.docs(), raw)));
        }
        return inContainer(pointer).map(property ->
                new ExampleSite(pointer, raw.member(), raw.value().toString(), property, Optional.empty()));
    }

    /**
     * What the model has at a pointer of the spec: the type or property there, or, for a property declared in an
     * inline {@code allOf} member ({@code X/allOf/1/properties/p}), the property the generator merged into the class
     * ({@code X/properties/p}).
     */
    private Known placeAt(String pointer) {
        Known place = known.get(pointer);
        if (place != null) {
            return place;
        }
        Known merged = known.get(pointer.replaceAll("/allOf/\\d+(?=/properties/)", ""));
        return merged != null && merged.target() instanceof ExampleSite.Property ? merged : null;
    }

    /** The model's copy of a raw example: the generator reads {@code example} first, then {@code examples}. */
    private static Optional<String> modelExample(Docs docs, RawExamples.RawExample raw) {
        JsonNode schema = raw.document().at(raw.schemaPointer());
        int index = raw.member().equals("/example")
                ? 0
                : Integer.parseInt(raw.member().substring("/examples/".length())) + (schema.has("example") ? 1 : 0);
        return index < docs.examples().size() ? Optional.of(docs.examples().get(index)) : Optional.of("(none)");
    }

    /** A property's items or map values (at any depth), when the schema at the pointer is one. */
    private Optional<ExampleSite.Property> inContainer(String pointer) {
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
        Known place = placeAt(at);
        if (inwards.isEmpty() || place == null || !(place.target() instanceof ExampleSite.Property property)) {
            return Optional.empty();
        }
        TypeRef type = place.type();
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
        return Optional.of(new ExampleSite.Property(property.ownerClass(), property.wireName(), inwards,
                nullAllowed, isObject(type)));
    }

    private static boolean isObject(TypeRef type) {
        return type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.Kind.ANY;
    }

    private static String whyUnreached(String pointer) {
        if (pointer.matches(".*/(allOf|oneOf|anyOf)/\\d+(/.*)?")) {
            return "inside an allOf/oneOf/anyOf member no generated class or property stands for";
        }
        if (pointer.matches("/components/schemas/[^/]+")) {
            return "on a component that is not a class (an alias of a scalar, list or map)";
        }
        if (pointer.matches(".*/not(/.*)?")) {
            return "inside a 'not' schema";
        }
        return "on a schema no generated class or property stands for";
    }
}
