package dev.tristate.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import com.fasterxml.jackson.databind.ser.std.BeanSerializerBase;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.util.Iterator;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * Reads and writes one property of a generated class on its own, the way Jackson does when it reads or writes the
 * whole object: the property's deserializer (with the builder method's annotations) reads the value and the builder
 * method takes it, refusing what the contract refuses; the property's serializer (with the field's annotations)
 * writes it. A property example cannot go through the whole class, which would also need every required property.
 */
final class PropertyCodec {

    private final ObjectMapper mapper;

    PropertyCodec(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    /** The value the builder of {@code owner} takes for {@code wireName} from this JSON. */
    Object read(Class<?> owner, String wireName, String json) throws IOException {
        try (JsonParser parser = mapper.createParser(json)) {
            DefaultDeserializationContext context = ((DefaultDeserializationContext) mapper.getDeserializationContext())
                    .createInstance(mapper.getDeserializationConfig(), parser, mapper.getInjectableValues());
            JsonDeserializer<Object> deserializer = context.findRootValueDeserializer(mapper.constructType(owner));
            if (!(deserializer instanceof BeanDeserializerBase bean)) {
                throw new IllegalStateException(owner.getName() + " is not read as a bean but by " + deserializer);
            }
            SettableBeanProperty property = bean.findProperty(wireName);
            if (property == null) {
                throw new IllegalStateException(owner.getSimpleName() + " has no JSON property '" + wireName + "'");
            }
            parser.nextToken();
            Object value = property.deserialize(parser, context);
            property.set(newBuilder(owner), value);
            return value;
        }
    }

    /** The JSON {@code owner} writes for {@code wireName} holding this value. */
    JsonNode write(Class<?> owner, String wireName, Object value) throws IOException {
        SerializerProvider provider = mapper.getSerializerProviderInstance();
        JsonSerializer<Object> serializer = provider.findTypedValueSerializer(owner, true, null);
        if (!(serializer instanceof BeanSerializerBase bean)) {
            throw new IllegalStateException(owner.getName() + " is not written as a bean but by " + serializer);
        }
        BeanPropertyWriter writer = writerOf(bean, owner, wireName);
        JavaType type = writer.getType();
        Object held = type.getRawClass() == JsonNullable.class ? JsonNullable.of(value) : value;
        try (TokenBuffer buffer = new TokenBuffer(mapper, false)) {
            if (held == null) {
                buffer.writeNull();
            } else {
                // As BeanPropertyWriter does for a type it cannot fix in advance (Object, a List<T>): the
                // serializer of the runtime class, specialised from the declared type.
                JsonSerializer<Object> valueSerializer = writer.getSerializer() != null
                        ? writer.getSerializer()
                        : provider.findPrimaryPropertySerializer(
                                provider.constructSpecializedType(type, held.getClass()), writer);
                valueSerializer.serialize(held, buffer, provider);
            }
            try (JsonParser written = buffer.asParser()) {
                return mapper.readTree(written);
            }
        }
    }

    private static BeanPropertyWriter writerOf(BeanSerializerBase bean, Class<?> owner, String wireName) {
        for (Iterator<PropertyWriter> writers = bean.properties(); writers.hasNext(); ) {
            PropertyWriter writer = writers.next();
            if (writer.getName().equals(wireName) && writer instanceof BeanPropertyWriter beanWriter) {
                return beanWriter;
            }
        }
        throw new IllegalStateException(owner.getSimpleName() + " writes no JSON property '" + wireName + "'");
    }

    private static Object newBuilder(Class<?> owner) {
        try {
            return owner.getMethod("builder").invoke(null);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(owner.getName() + " has no public static builder()", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(owner.getName() + ".builder() failed", e.getCause());
        }
    }
}
