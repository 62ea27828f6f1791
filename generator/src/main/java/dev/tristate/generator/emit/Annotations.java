package dev.tristate.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;

/** The annotation types generated code uses. Jackson annotations and databind only: no runtime library of ours. */
final class Annotations {

    static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");
    // Jackson's names, for both lines, are kept in JacksonTypes; these are the ones both lines share.
    static final ClassName JSON_PROPERTY = JacksonTypes.JSON_PROPERTY;
    static final ClassName JSON_INCLUDE = JacksonTypes.JSON_INCLUDE;
    static final ClassName JSON_FORMAT = JacksonTypes.JSON_FORMAT;
    static final ClassName JSON_AUTO_DETECT = JacksonTypes.JSON_AUTO_DETECT;
    static final ClassName JSON_PROPERTY_ORDER = JacksonTypes.JSON_PROPERTY_ORDER;
    static final ClassName JSON_ANY_GETTER = JacksonTypes.JSON_ANY_GETTER;
    static final ClassName JSON_ANY_SETTER = JacksonTypes.JSON_ANY_SETTER;
    static final ClassName JSON_CREATOR = JacksonTypes.JSON_CREATOR;
    static final ClassName JSON_VALUE = JacksonTypes.JSON_VALUE;
    static final ClassName JSON_NULLABLE = JacksonTypes.JSON_NULLABLE;

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
