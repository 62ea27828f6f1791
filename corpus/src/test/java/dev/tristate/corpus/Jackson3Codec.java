package dev.tristate.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.reflect.InvocationTargetException;
import java.util.Map;
import org.openapitools.jackson.nullable.JsonNullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.PropertyName;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;
import tools.jackson.databind.deser.DeserializationContextExt;
import tools.jackson.databind.deser.SettableBeanProperty;
import tools.jackson.databind.deser.bean.BeanDeserializerBase;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.POJONode;
import tools.jackson.databind.ser.BeanPropertyWriter;
import tools.jackson.databind.ser.PropertyWriter;
import tools.jackson.databind.ser.SerializationContextExt;
import tools.jackson.databind.ser.bean.BeanSerializerBase;
import tools.jackson.databind.util.TokenBuffer;

/**
 * The Jackson 3 line ({@code tools.jackson}), with {@code JsonMapper.builder().findAndAddModules().build()} as
 * docs/contract.md says Jackson 3 consumers configure it. A property is read and written through its own
 * deserializer and serializer, as {@link PropertyCodec} does with Jackson 2's equivalents.
 */
final class Jackson3Codec implements JsonCodec {

    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private final JsonMapper mapper = JsonMapper.builder().findAndAddModules().build();

    @Override
    public Object readValue(String json, Class<?> type) {
        return mapper.readValue(json, type);
    }

    @Override
    public JsonNode writeValue(Object value) {
        return toJackson2(mapper.valueToTree(value));
    }

    @Override
    public Object readProperty(Class<?> owner, String wireName, String json) {
        try (JsonParser parser = mapper.createParser(json)) {
            DeserializationContextExt context = mapper._deserializationContext().assignParser(parser);
            ValueDeserializer<Object> deserializer = context.findRootValueDeserializer(mapper.constructType(owner));
            if (!(deserializer instanceof BeanDeserializerBase bean)) {
                throw new IllegalStateException(owner.getName() + " is not read as a bean but by " + deserializer);
            }
            SettableBeanProperty property = bean.findProperty(PropertyName.construct(wireName));
            if (property == null) {
                throw new IllegalStateException(owner.getSimpleName() + " has no JSON property '" + wireName + "'");
            }
            parser.nextToken();
            Object value = property.deserialize(parser, context);
            property.set(context, newBuilder(owner), value);
            return value;
        }
    }

    @Override
    public JsonNode writeProperty(Class<?> owner, String wireName, Object value) {
        SerializationContextExt context = mapper._serializationContext();
        ValueSerializer<Object> serializer = context.findTypedValueSerializer(owner, true);
        if (!(serializer instanceof BeanSerializerBase bean)) {
            throw new IllegalStateException(owner.getName() + " is not written as a bean but by " + serializer);
        }
        BeanPropertyWriter writer = writerOf(bean, owner, wireName);
        JavaType type = writer.getType();
        Object held = type.getRawClass() == JsonNullable.class ? JsonNullable.of(value) : value;
        try (TokenBuffer buffer = TokenBuffer.forGeneration()) {
            if (held == null) {
                buffer.writeNull();
            } else {
                // As BeanPropertyWriter does for a type it cannot fix in advance: the runtime class's serializer.
                ValueSerializer<Object> valueSerializer = writer.getSerializer() != null
                        ? writer.getSerializer()
                        : context.findPrimaryPropertySerializer(
                                context.constructSpecializedType(type, held.getClass()), writer);
                // Through the context's public entry, which gives it the generator (and its capabilities) first.
                context.writeValue(buffer, new PropertyValue(valueSerializer, held));
            }
            return toJackson2(mapper.readTree(buffer));
        }
    }

    /** One property's value and the serializer its field's annotations chose. */
    @JsonSerialize(using = PropertyValueWriter.class)
    record PropertyValue(ValueSerializer<Object> serializer, Object value) {}

    static final class PropertyValueWriter extends ValueSerializer<PropertyValue> {
        @Override
        public void serialize(PropertyValue held, JsonGenerator generator, SerializationContext context) {
            held.serializer().serialize(held.value(), generator, context);
        }
    }

    @Override
    public String pathOf(Exception readFailure) {
        if (!(readFailure instanceof JacksonException failure)) {
            return "";
        }
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference step : failure.getPath()) {
            Messages.appendStep(path, step.getPropertyName(), step.getIndex());
        }
        return path.toString();
    }

    /** Node for node, keeping each number's kind, so the comparison judges Jackson 3's output as it does Jackson 2's. */
    private JsonNode toJackson2(tools.jackson.databind.JsonNode node) {
        if (node.isObject()) {
            ObjectNode object = NODES.objectNode();
            for (Map.Entry<String, tools.jackson.databind.JsonNode> member : node.properties()) {
                object.set(member.getKey(), toJackson2(member.getValue()));
            }
            return object;
        }
        if (node.isArray()) {
            ArrayNode array = NODES.arrayNode();
            node.values().forEach(item -> array.add(toJackson2(item)));
            return array;
        }
        if (node.isPojo()) {
            return toJackson2(mapper.valueToTree(((POJONode) node).getPojo()));
        }
        if (node.isString()) {
            return NODES.textNode(node.stringValue());
        }
        if (node.isBoolean()) {
            return NODES.booleanNode(node.booleanValue());
        }
        if (node.isBinary()) {
            return NODES.binaryNode(node.binaryValue());
        }
        if (node.isNull()) {
            return NODES.nullNode();
        }
        if (node.isShort() || node.isInt()) {
            return NODES.numberNode(node.intValue());
        }
        if (node.isLong()) {
            return NODES.numberNode(node.longValue());
        }
        if (node.isBigInteger()) {
            return NODES.numberNode(node.bigIntegerValue());
        }
        if (node.isFloat()) {
            return NODES.numberNode(node.floatValue());
        }
        if (node.isDouble()) {
            return NODES.numberNode(node.doubleValue());
        }
        if (node.isBigDecimal()) {
            return NODES.numberNode(node.decimalValue());
        }
        throw new IllegalStateException("a Jackson 3 node of no JSON kind: " + node.getNodeType());
    }

    private static BeanPropertyWriter writerOf(BeanSerializerBase bean, Class<?> owner, String wireName) {
        for (java.util.Iterator<PropertyWriter> writers = bean.properties(); writers.hasNext(); ) {
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
