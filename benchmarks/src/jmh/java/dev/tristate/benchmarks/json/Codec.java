package dev.tristate.benchmarks.json;

import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.util.List;

/**
 * One model set's reader and writer for one payload, and the objects it read from it (what the write benchmark
 * writes). Readers and writers are made once, as an application would keep them.
 */
record Codec(ObjectReader reader, ObjectWriter writer, byte[] json, Object value) {

    static Codec of(Schema schema, int size, Implementation implementation) throws IOException {
        Class<?> type = schema.type(implementation);
        JavaType javaType = size == 1 ? Json.MAPPER.constructType(type)
                : Json.MAPPER.getTypeFactory().constructCollectionType(List.class, type);
        ObjectReader reader = Json.MAPPER.readerFor(javaType);
        byte[] json = Payloads.json(schema, size);
        return new Codec(reader, Json.WRITER.forType(javaType), json, reader.readValue(json));
    }

    Object read() throws IOException {
        return reader.readValue(json);
    }

    byte[] write() throws IOException {
        return writer.writeValueAsBytes(value);
    }
}
