package dev.tristate.corpus;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.tristate.corpus.ExampleSite.Container;
import java.util.List;
import java.util.Optional;

/**
 * Reads an example through the generated Java that stands for its schema, writes it back, and compares the two as
 * JSON ({@link JsonComparison}). Unknown properties count: a class must write back what it did not declare.
 */
final class RoundTrip {

    /** Why an example did not come back, and where in it (a JSON pointer into the example, "" for all of it). */
    record Mismatch(String pathInExample, String message) {}

    /** The member a map-value example is wrapped under, to be read through its map property. */
    private static final String MAP_KEY = "example";

    private static final JsonNodeFactory EXACT_NODES = JsonNodeFactory.withExactBigDecimals(true);

    /** The examples as written: decimals kept exactly, so the comparison decides what counts as equal. */
    private static final ObjectReader EXACT = new ObjectMapper()
            .reader().with(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

    private final JsonCodec codec;
    private final ClassLoader classes;
    private final String javaPackage;

    /**
     * @param codec the Jackson line the classes were generated for
     * @param classes the compiled generated classes
     */
    RoundTrip(JsonCodec codec, ClassLoader classes, String javaPackage) {
        this.codec = codec;
        this.classes = classes;
        this.javaPackage = javaPackage;
    }

    Optional<Mismatch> check(ExampleSite site) {
        JsonNode expected;
        try {
            expected = EXACT.readTree(site.json());
        } catch (Exception e) {
            return Optional.of(new Mismatch("", "the example is not JSON: " + site.json()));
        }
        Optional<Mismatch> trip = site.target() instanceof ExampleSite.WholeType whole
                ? wholeType(load(whole.className()), site.json(), expected)
                : property((ExampleSite.Property) site.target(), expected);
        Optional<String> modelDiffers = site.modelJson().filter(model -> !sameJson(model, expected))
                .map(model -> "the generator's model, and so Javadoc and the docs pages, has this example as "
                        + model);
        if (modelDiffers.isEmpty()) {
            return trip;
        }
        return Optional.of(trip.map(m -> new Mismatch(m.pathInExample(), modelDiffers.get() + "; " + m.message()))
                .orElse(new Mismatch("", modelDiffers.get())));
    }

    private static boolean sameJson(String json, JsonNode expected) {
        try {
            return JsonComparison.firstDifference(expected, EXACT.readTree(json)).isEmpty();
        } catch (Exception e) {
            return false;
        }
    }

    private Optional<Mismatch> wholeType(Class<?> type, String json, JsonNode expected) {
        Object value;
        try {
            value = codec.readValue(json, type);
        } catch (Exception e) {
            return Optional.of(readFailure(e, ""));
        }
        JsonNode written;
        try {
            written = value == null ? NullNode.getInstance() : codec.writeValue(value);
        } catch (Exception e) {
            return Optional.of(new Mismatch("", "write: " + Messages.of(e)));
        }
        return JsonComparison.firstDifference(expected, written)
                .map(d -> new Mismatch(d.path(), "written back differently: " + d));
    }

    private Optional<Mismatch> property(ExampleSite.Property property, JsonNode example) {
        if (example.isNull() && !property.nullAllowed()) {
            return Optional.of(new Mismatch("", "the example is null, but the spec does not let "
                    + property.describe() + " be null"));
        }
        Class<?> owner = load(property.ownerClass());
        String prefix = wrapperPath(property.containers());
        JsonNode wrapped = wrap(example, property.containers());
        Object value;
        try {
            value = codec.readProperty(owner, property.wireName(), wrapped.toString());
        } catch (Exception e) {
            return Optional.of(readFailure(e, prefix));
        }
        JsonNode written;
        try {
            written = codec.writeProperty(owner, property.wireName(), value);
        } catch (Exception e) {
            return Optional.of(new Mismatch("", "write: " + Messages.of(e)));
        }
        return JsonComparison.firstDifference(wrapped, written).map(d -> {
            String path = unwrap(d.path(), prefix);
            return new Mismatch(path, "written back differently: "
                    + new JsonComparison.Difference(path, d.expected(), d.actual()));
        });
    }

    private Mismatch readFailure(Exception e, String prefix) {
        String path = codec.pathOf(e);
        return new Mismatch(unwrap(path, prefix), "read: " + Messages.of(e));
    }

    private static JsonNode wrap(JsonNode example, List<Container> containers) {
        JsonNode wrapped = example;
        for (int i = containers.size() - 1; i >= 0; i--) {
            wrapped = containers.get(i) == Container.LIST
                    ? EXACT_NODES.arrayNode().add(wrapped)
                    : EXACT_NODES.objectNode().set(MAP_KEY, wrapped);
        }
        return wrapped;
    }

    private static String wrapperPath(List<Container> containers) {
        StringBuilder path = new StringBuilder();
        containers.forEach(c -> path.append(c == Container.LIST ? "/0" : "/" + MAP_KEY));
        return path.toString();
    }

    private static String unwrap(String path, String prefix) {
        return path.startsWith(prefix) ? path.substring(prefix.length()) : path;
    }

    private Class<?> load(String simpleName) {
        try {
            return Class.forName(javaPackage + "." + simpleName, true, classes);
        } catch (ClassNotFoundException e) {
            throw new AssertionError("the model names " + simpleName + " but javac produced no such class", e);
        }
    }
}
