package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.read.ModelReader;
import dev.tristate.generator.read.SpecReader;
import dev.tristate.generator.support.Generation;
import dev.tristate.generator.support.InMemoryCompiler;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Per spec (the regression specs of fixtures/regressions, see their README, and the other fixtures): every object
 * schema with properties written anywhere in the document, in components, operations, callbacks or webhooks, is
 * stood for by a generated class that declares all its properties (the class may be shared with identical schemas,
 * or be the class an allOf merges it into), and the output compiles.
 */
class EveryObjectHasAClassTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @ParameterizedTest
    @ValueSource(strings = {"regressions/list-components.yaml", "regressions/inline-bodies.yaml",
            "regressions/callbacks-webhooks.yaml", "regressions/aws-documented-ref.yaml", "inline-operations.yaml",
            "compositions.yaml", "contract.yaml", "nullability-3.0.yaml", "nullability-3.1.yaml"})
    void everyObjectSchemaHasAClass(String fixture) throws Exception {
        Path spec = Generation.fixture(fixture);
        ModelReader.Result model = SpecReader.model(new SpecReader().read(spec, fixture));
        List<Set<String>> classes = new ArrayList<>();
        for (TypeModel type : model.model().types()) {
            if (type instanceof ObjectModel) {
                Set<String> names = new HashSet<>();
                for (PropertyModel property : ((ObjectModel) type).properties()) {
                    names.add(property.wireName());
                }
                classes.add(names);
            }
        }
        Map<String, Set<String>> objects = new java.util.TreeMap<>();
        collect(YAML.readTree(spec.toFile()), "", objects);
        assertThat(objects).as("the spec has object schemas").isNotEmpty();
        Set<String> missing = new TreeSet<>();
        objects.forEach((pointer, properties) -> {
            if (classes.stream().noneMatch(c -> c.containsAll(properties))) {
                missing.add(pointer + " " + properties);
            }
        });
        assertThat(missing).as("object schemas no generated class stands for").isEmpty();
        Path out = Generation.tempDir("every-object");
        Generation.generate(spec, out, "it.every");
        assertThat(InMemoryCompiler.compile(out).warnings()).isEmpty();
    }

    /** Every object node with a non-empty {@code properties} map, except examples, by JSON pointer. */
    private static void collect(JsonNode node, String pointer, Map<String, Set<String>> into) {
        if (node.isObject()) {
            JsonNode properties = node.get("properties");
            if (properties != null && properties.isObject() && !properties.isEmpty()
                    && !pointer.endsWith("/properties")) {
                Set<String> names = new TreeSet<>();
                properties.fieldNames().forEachRemaining(names::add);
                into.put(pointer, names);
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!field.getKey().equals("example") && !field.getKey().equals("examples")
                        && !field.getKey().equals("default")) {
                    collect(field.getValue(), pointer + "/" + field.getKey(), into);
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), pointer + "/" + i, into);
            }
        }
    }
}
