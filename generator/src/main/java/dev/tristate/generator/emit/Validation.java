package dev.tristate.generator.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.tristate.generator.model.Constraints;
import dev.tristate.generator.model.PropertyModel.Presence;
import dev.tristate.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Jakarta Bean Validation on the fields (beanValidation). Constraints hold for a present value and let null pass,
 * so each property kind gets what the contract says: an absent optional value (a null field) is valid; a
 * {@code JsonNullable} carries its constraints on its type argument, which jackson-databind-nullable's value
 * extractor unwraps (undefined and null pass); a required nullable null is valid; only a required non-nullable
 * property is {@code @NotNull}. An array's item and a map's value constraints go on the type arguments; a nested
 * model or union is {@code @Valid}, so validation cascades. Getters and the builder carry nothing, so nothing is
 * validated twice.
 */
final class Validation {

    private static final String CONSTRAINTS = "jakarta.validation.constraints";
    static final ClassName VALID = ClassName.get("jakarta.validation", "Valid");
    static final ClassName NOT_NULL = ClassName.get(CONSTRAINTS, "NotNull");
    static final ClassName SIZE = ClassName.get(CONSTRAINTS, "Size");
    static final ClassName PATTERN = ClassName.get(CONSTRAINTS, "Pattern");
    static final ClassName EMAIL = ClassName.get(CONSTRAINTS, "Email");
    static final ClassName DECIMAL_MIN = ClassName.get(CONSTRAINTS, "DecimalMin");
    static final ClassName DECIMAL_MAX = ClassName.get(CONSTRAINTS, "DecimalMax");

    private final JavaTypes types;
    /** Whether a generated class is validated itself (an object or a union), so references to it cascade. */
    private final Predicate<String> cascades;

    Validation(JavaTypes types, Predicate<String> cascades) {
        this.types = types;
        this.cascades = cascades;
    }

    /** The field's declared type, with constraints on its type arguments. */
    TypeName fieldType(PropertyShape p) {
        Constraints c = p.property.constraints();
        if (p.presence() == Presence.OPTIONAL_NULLABLE) {
            return ParameterizedTypeName.get(Annotations.JSON_NULLABLE, annotated(p.property.type(), c));
        }
        return withArguments(p.property.type(), c);
    }

    /** The field's own constraint annotations (none for a JsonNullable, whose type argument has them). */
    List<AnnotationSpec> fieldAnnotations(PropertyShape p) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (p.presence() == Presence.REQUIRED) {
            annotations.add(AnnotationSpec.builder(NOT_NULL).build());
        }
        if (p.presence() != Presence.OPTIONAL_NULLABLE) {
            annotations.addAll(annotations(p.property.type(), p.property.constraints()));
        }
        return annotations;
    }

    /**
     * The map of properties the spec does not declare, its values constrained as {@code additionalProperties}
     * says: the constraints on the type argument, which Bean Validation checks value by value.
     */
    TypeName additionalPropertiesType(TypeRef values, Constraints c) {
        return ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING, annotated(values, c));
    }

    /** A wrapped union value: its variant's constraints on the record component's type. */
    TypeName wrappedValueType(TypeRef type, Constraints c) {
        return annotated(type, c);
    }

    private TypeName annotated(TypeRef type, Constraints c) {
        TypeName base = withArguments(type, c);
        List<AnnotationSpec> annotations = annotations(type, c);
        return annotations.isEmpty() ? base : base.annotated(annotations);
    }

    private TypeName withArguments(TypeRef type, Constraints c) {
        Constraints items = c == null ? null : c.items();
        if (type instanceof TypeRef.ListOf) {
            TypeRef.ListOf list = (TypeRef.ListOf) type;
            return ParameterizedTypeName.get(list.unique() ? JavaTypes.SET : JavaTypes.LIST,
                    annotated(list.element(), items));
        }
        if (type instanceof TypeRef.MapOf) {
            return ParameterizedTypeName.get(JavaTypes.MAP, JavaTypes.STRING,
                    annotated(((TypeRef.MapOf) type).value(), items));
        }
        return types.of(type);
    }

    private List<AnnotationSpec> annotations(TypeRef type, Constraints c) {
        List<AnnotationSpec> annotations = new ArrayList<>();
        if (type instanceof TypeRef.Named && cascades.test(((TypeRef.Named) type).className())) {
            annotations.add(AnnotationSpec.builder(VALID).build());
        }
        if (c == null) {
            return annotations;
        }
        Integer min = c.minLength() != null ? c.minLength() : c.minItems();
        Integer max = c.maxLength() != null ? c.maxLength() : c.maxItems();
        if (min != null || max != null) {
            AnnotationSpec.Builder size = AnnotationSpec.builder(SIZE);
            if (min != null) {
                size.addMember("min", "$L", min);
            }
            if (max != null) {
                size.addMember("max", "$L", max);
            }
            annotations.add(size.build());
        }
        if (c.pattern() != null) {
            annotations.add(AnnotationSpec.builder(PATTERN)
                    .addMember("regexp", "$L", JavaLiterals.string(c.pattern())).build());
        }
        if (c.email()) {
            annotations.add(AnnotationSpec.builder(EMAIL).build());
        }
        if (c.minimum() != null) {
            annotations.add(bound(DECIMAL_MIN, c.minimum(), c.exclusiveMinimum()));
        }
        if (c.maximum() != null) {
            annotations.add(bound(DECIMAL_MAX, c.maximum(), c.exclusiveMaximum()));
        }
        return annotations;
    }

    private static AnnotationSpec bound(ClassName kind, java.math.BigDecimal value, boolean exclusive) {
        AnnotationSpec.Builder bound = AnnotationSpec.builder(kind).addMember("value", "$S", value.toPlainString());
        if (exclusive) {
            bound.addMember("inclusive", "false");
        }
        return bound.build();
    }
}
