package dev.tristate.generator.emit;

import com.palantir.javapoet.ClassName;
import dev.tristate.generator.JacksonVersion;

/**
 * The one place that knows where Jackson's types live for each Jackson line. Annotations stay in
 * {@code com.fasterxml.jackson.annotation} for both; databind and core moved to {@code tools.jackson} in Jackson 3,
 * whose exceptions are unchecked and whose deserializers are not {@code Serializable}. Emitters ask an instance
 * for every non-annotation Jackson type they name.
 */
final class JacksonTypes {

    private static final String ANNOTATION = "com.fasterxml.jackson.annotation";

    static final ClassName JSON_PROPERTY = ClassName.get(ANNOTATION, "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get(ANNOTATION, "JsonInclude");
    static final ClassName JSON_FORMAT = ClassName.get(ANNOTATION, "JsonFormat");
    static final ClassName JSON_AUTO_DETECT = ClassName.get(ANNOTATION, "JsonAutoDetect");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get(ANNOTATION, "JsonPropertyOrder");
    static final ClassName JSON_ANY_GETTER = ClassName.get(ANNOTATION, "JsonAnyGetter");
    static final ClassName JSON_ANY_SETTER = ClassName.get(ANNOTATION, "JsonAnySetter");
    static final ClassName JSON_CREATOR = ClassName.get(ANNOTATION, "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get(ANNOTATION, "JsonValue");
    /** jackson-databind-nullable keeps one package for both lines. */
    static final ClassName JSON_NULLABLE = ClassName.get("org.openapitools.jackson.nullable", "JsonNullable");

    final JacksonVersion version;
    final ClassName jsonDeserialize;
    final ClassName jsonPojoBuilder;
    final ClassName jsonNode;
    final ClassName jsonParser;
    final ClassName deserializationContext;
    final ClassName stdDeserializer;
    final ClassName typeReference;
    final ClassName tokenBuffer;

    private JacksonTypes(JacksonVersion version, String databind, String core) {
        this.version = version;
        this.jsonDeserialize = ClassName.get(databind + ".annotation", "JsonDeserialize");
        this.jsonPojoBuilder = ClassName.get(databind + ".annotation", "JsonPOJOBuilder");
        this.jsonNode = ClassName.get(databind, "JsonNode");
        this.jsonParser = ClassName.get(core, "JsonParser");
        this.deserializationContext = ClassName.get(databind, "DeserializationContext");
        this.stdDeserializer = ClassName.get(databind + ".deser.std", "StdDeserializer");
        this.typeReference = ClassName.get(core + ".type", "TypeReference");
        this.tokenBuffer = ClassName.get(databind + ".util", "TokenBuffer");
    }

    static JacksonTypes of(JacksonVersion version) {
        return version == JacksonVersion.V3
                ? new JacksonTypes(version, "tools.jackson.databind", "tools.jackson.core")
                : new JacksonTypes(version, "com.fasterxml.jackson.databind", "com.fasterxml.jackson.core");
    }

    /** Jackson 2 reads throw the checked IOException; Jackson 3's JacksonException is unchecked. */
    boolean checkedExceptions() {
        return version == JacksonVersion.V2;
    }

    /** Jackson 2's deserializers are Serializable (and want a serialVersionUID); Jackson 3's are not. */
    boolean serializableDeserializers() {
        return version == JacksonVersion.V2;
    }

    /** {@code isTextual()} became {@code isString()}, {@code textValue()} {@code stringValue()}. */
    String isString() {
        return version == JacksonVersion.V3 ? "isString" : "isTextual";
    }

    String stringValue() {
        return version == JacksonVersion.V3 ? "stringValue" : "textValue";
    }

    /** A TokenBuffer's parser needs the read context in Jackson 3. */
    String tokensParser() {
        return version == JacksonVersion.V3 ? "tokens.asParserOnFirstToken(context)" : "tokens.asParserOnFirstToken()";
    }

    /**
     * Code written against Jackson 2's tree and token API, in this line's words: {@code isTextual()} and
     * {@code textValue()} became {@code isString()} and {@code stringValue()}, and a TokenBuffer's parser needs
     * the read context.
     */
    String adapt(String jackson2Code) {
        if (version == JacksonVersion.V2) {
            return jackson2Code;
        }
        return jackson2Code.replace("isTextual()", "isString()")
                .replace("textValue()", "stringValue()")
                .replace("tokens.asParserOnFirstToken()", "tokens.asParserOnFirstToken(context)");
    }
}
