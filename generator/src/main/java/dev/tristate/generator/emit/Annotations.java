package dev.tristate.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The annotation types generated code uses. Jackson 2 annotations and databind only: no runtime library of ours. */
final class Annotations {

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    static final ClassName JSON_INCLUDE = ClassName.get("com.fasterxml.jackson.annotation", "JsonInclude");
    static final ClassName JSON_FORMAT = ClassName.get("com.fasterxml.jackson.annotation", "JsonFormat");
    static final ClassName JSON_AUTO_DETECT = ClassName.get("com.fasterxml.jackson.annotation", "JsonAutoDetect");
    static final ClassName JSON_PROPERTY_ORDER = ClassName.get("com.fasterxml.jackson.annotation", "JsonPropertyOrder");
    static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
    static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
    static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");
    static final ClassName JSON_VALUE = ClassName.get("com.fasterxml.jackson.annotation", "JsonValue");
    static final ClassName JSON_DESERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonDeserialize");
    static final ClassName JSON_POJO_BUILDER =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonPOJOBuilder");
    static final ClassName JSON_NULLABLE = ClassName.get("org.openapitools.jackson.nullable", "JsonNullable");

    private Annotations() {}

    static AnnotationSpec generated() {
        return AnnotationSpec.builder(GENERATED).addMember("value", "$S", "dev.tristate.generator").build();
    }

    static AnnotationSpec jsonProperty(String wireName) {
        return AnnotationSpec.builder(JSON_PROPERTY).addMember("value", "$L", JavaLiterals.string(wireName)).build();
    }

    static AnnotationSpec jsonInclude(String include) {
        return AnnotationSpec.builder(JSON_INCLUDE).addMember("value", "$T.Include.$L", JSON_INCLUDE, include).build();
    }

    /** Dates are written as ISO strings whatever the mapper's defaults. */
    static AnnotationSpec isoDateOut() {
        return AnnotationSpec.builder(JSON_FORMAT).addMember("shape", "$T.Shape.STRING", JSON_FORMAT).build();
    }

    /** Dates are read keeping the offset they were sent with, not moved to UTC. */
    static AnnotationSpec isoDateIn() {
        return AnnotationSpec.builder(JSON_FORMAT)
                .addMember("without", "$T.Feature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE", JSON_FORMAT)
                .build();
    }

    /** Jackson sees only what is annotated: getters return Optional and JsonNullable, which it must not touch. */
    static AnnotationSpec noGetterDetection() {
        return AnnotationSpec.builder(JSON_AUTO_DETECT)
                .addMember("getterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
                .addMember("isGetterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
                .build();
    }

    /** Builder methods double as JSON setters only where annotated, so the unknown-property methods stay out. */
    static AnnotationSpec noSetterDetection() {
        return AnnotationSpec.builder(JSON_AUTO_DETECT)
                .addMember("setterVisibility", "$T.Visibility.NONE", JSON_AUTO_DETECT)
                .build();
    }
}
