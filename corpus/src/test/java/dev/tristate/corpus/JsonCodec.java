package dev.tristate.corpus;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What a round trip needs from one Jackson line (2 or 3), with the generated classes of that line: read a whole
 * value or one property, write it back. Written JSON comes back as a Jackson 2 tree, so both lines are compared by
 * the same {@link JsonComparison}.
 */
interface JsonCodec {

    Object readValue(String json, Class<?> type) throws Exception;

    JsonNode writeValue(Object value) throws Exception;

    /** The value the builder of {@code owner} takes for {@code wireName} from this JSON (see {@link PropertyCodec}). */
    Object readProperty(Class<?> owner, String wireName, String json) throws Exception;

    /** The JSON {@code owner} writes for {@code wireName} holding this value. */
    JsonNode writeProperty(Class<?> owner, String wireName, Object value) throws Exception;

    /** The JSON pointer of where a failed read was, "" when the exception does not say. */
    String pathOf(Exception readFailure);
}
