package dev.tristate.generator.read;

import dev.tristate.generator.Problem;
import dev.tristate.generator.model.Constraints;
import dev.tristate.generator.model.TypeRef;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The Bean Validation constraints of a value (beanValidation): string lengths, pattern and {@code format: email}
 * on strings; bounds on numbers; item counts on arrays and property counts on maps, and the same for their items
 * and values. A keyword that does not apply to the Java type (a {@code maxLength} on a date) is left out;
 * {@code multipleOf}, for which Bean Validation has no constraint, is reported.
 */
final class ConstraintReader {

    private static final String SCHEMAS = "/components/schemas/";

    private final SourceDocument source;
    private final SchemaShapes shapes;
    private final Map<String, Schema<?>> components;
    private final List<Problem> warnings;

    ConstraintReader(SourceDocument source, SchemaShapes shapes, Map<String, Schema<?>> components,
            List<Problem> warnings) {
        this.source = source;
        this.shapes = shapes;
        this.components = components;
        this.warnings = warnings;
    }

    /** The constraints on a value of {@code type} described by {@code schema} (its null-ness already taken off). */
    Constraints of(Schema<?> schema, String pointer, TypeRef type) {
        if (type instanceof TypeRef.Named) {
            return Constraints.NONE;
        }
        // A reference to a component that is not a class (an alias such as a constrained string): its keywords.
        for (int hops = 0; schema.get$ref() != null && hops < 32; hops++) {
            String ref = schema.get$ref();
            if (!ref.startsWith("#" + SCHEMAS)) {
                return Constraints.NONE;
            }
            String name = SchemaShapes.unescape(ref.substring(("#" + SCHEMAS).length()));
            Schema<?> target = components.get(name);
            if (target == null) {
                return Constraints.NONE;
            }
            SchemaShapes.Core core = shapes.withoutNull(target, SCHEMAS + SchemaShapes.escape(name));
            schema = core.schema();
            pointer = core.pointer();
        }
        if (type instanceof TypeRef.ListOf) {
            Constraints items = Constraints.NONE;
            if (schema.getItems() != null) {
                SchemaShapes.Core core = shapes.withoutNull(schema.getItems(), pointer + "/items");
                items = of(core.schema(), core.pointer(), ((TypeRef.ListOf) type).element());
            }
            return new Constraints(null, null, null, null, false, null, false, count(pointer, "minItems"),
                    count(pointer, "maxItems"), false, items.isEmpty() ? null : items);
        }
        if (type instanceof TypeRef.MapOf) {
            Constraints values = Constraints.NONE;
            if (schema.getAdditionalProperties() instanceof Schema) {
                SchemaShapes.Core core = shapes.withoutNull((Schema<?>) schema.getAdditionalProperties(),
                        pointer + "/additionalProperties");
                values = of(core.schema(), core.pointer(), ((TypeRef.MapOf) type).value());
            }
            return new Constraints(null, null, null, null, false, null, false, count(pointer, "minProperties"),
                    count(pointer, "maxProperties"), false, values.isEmpty() ? null : values);
        }
        switch (((TypeRef.Scalar) type).kind()) {
            case STRING:
                return new Constraints(count(pointer, "minLength"), count(pointer, "maxLength"), pattern(schema, pointer),
                        null, false, null, false, null, null, "email".equals(schema.getFormat()), null);
            case INT32:
            case INT64:
            case FLOAT:
            case DOUBLE:
            case DECIMAL:
                return numeric(schema, pointer);
            default:
                return Constraints.NONE;
        }
    }

    /**
     * {@code minProperties}/{@code maxProperties} on an object that became a class: its declared properties are
     * fields that are always there (absent ones as empty), so a count of present properties has no Bean Validation
     * constraint to go to. Reported, as {@code multipleOf} is.
     */
    void reportCountsOnAClass(String pointer) {
        for (String keyword : List.of("minProperties", "maxProperties")) {
            if (count(pointer, keyword) != null) {
                warnings.add(source.problemAt(pointer + "/" + keyword, keyword + " on an object that is a class is"
                        + " not checked by Bean Validation, which has no constraint for a count of present properties"));
            }
        }
    }

    /**
     * A count keyword as written: Swagger Parser drops counts it does not read as an int node, and the tree it is
     * given keeps numbers as written. Counts beyond an int were reported when the spec was checked.
     */
    private Integer count(String pointer, String keyword) {
        com.fasterxml.jackson.databind.JsonNode value = source.at(pointer).path(keyword);
        return value.isIntegralNumber() && value.canConvertToInt() ? value.intValue() : null;
    }

    private String pattern(Schema<?> schema, String pointer) {
        if (schema.getPattern() == null) {
            return null;
        }
        EcmaPatterns.Translated translated = EcmaPatterns.toJava(schema.getPattern());
        translated.warnings().forEach(w -> warnings.add(source.problemAt(pointer + "/pattern", w)));
        return translated.regex();
    }

    private Constraints numeric(Schema<?> schema, String pointer) {
        BigDecimal minimum = schema.getMinimum();
        boolean exclusiveMinimum = Boolean.TRUE.equals(schema.getExclusiveMinimum()) && minimum != null;
        // 3.1: exclusiveMinimum is itself the bound; the tighter of the two wins.
        BigDecimal exclusiveMin = schema.getExclusiveMinimumValue();
        if (exclusiveMin != null && (minimum == null || exclusiveMin.compareTo(minimum) >= 0)) {
            minimum = exclusiveMin;
            exclusiveMinimum = true;
        }
        BigDecimal maximum = schema.getMaximum();
        boolean exclusiveMaximum = Boolean.TRUE.equals(schema.getExclusiveMaximum()) && maximum != null;
        BigDecimal exclusiveMax = schema.getExclusiveMaximumValue();
        if (exclusiveMax != null && (maximum == null || exclusiveMax.compareTo(maximum) <= 0)) {
            maximum = exclusiveMax;
            exclusiveMaximum = true;
        }
        if (schema.getMultipleOf() != null) {
            warnings.add(source.problemAt(pointer + "/multipleOf", "multipleOf is not checked by Bean Validation,"
                    + " which has no constraint for it"));
        }
        return new Constraints(null, null, null, minimum, exclusiveMinimum, maximum, exclusiveMaximum, null, null,
                false, null);
    }
}
