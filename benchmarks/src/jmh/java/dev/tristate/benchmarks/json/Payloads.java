package dev.tristate.benchmarks.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Objects;

/** The JSON the benchmark reads: a schema's seed example alone (size 1), or a list of that many variations of it. */
final class Payloads {

    private Payloads() {}

    static byte[] json(Schema schema, int size) {
        try {
            return Json.MAPPER.writeValueAsBytes(tree(schema, size));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Size 1 is the example as a single object; any other size a JSON array of that many elements. */
    static Object tree(Schema schema, int size) {
        ObjectNode seed = seed(schema);
        if (size == 1) {
            return seed;
        }
        ArrayNode list = Json.MAPPER.createArrayNode();
        for (int i = 0; i < size; i++) {
            ObjectNode element = seed.deepCopy();
            schema.vary(element, i);
            list.add(element);
        }
        return list;
    }

    static ObjectNode seed(Schema schema) {
        try (InputStream in = Payloads.class.getResourceAsStream("/payloads/" + schema.resource())) {
            Objects.requireNonNull(in, () -> "no payload " + schema.resource());
            return (ObjectNode) Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
