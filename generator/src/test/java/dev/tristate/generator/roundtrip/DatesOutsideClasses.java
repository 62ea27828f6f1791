package dev.tristate.generator.roundtrip;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Whether a schema's values can hold a date or date-time that no generated class of its own wraps: directly, in
 * arrays and maps, or through aliases (which the generator expands in place). A class annotates its own date
 * properties; what is left to the mapper's defaults is what {@link RandomSchemas#AVOID_DATES_IN_TYPED_EXTRAS}
 * keeps out of typed additionalProperties.
 */
final class DatesOutsideClasses {

    private DatesOutsideClasses() {}

    /** @param components the components the schema may refer to */
    static boolean in(Schema schema, List<Component> components) {
        return in(schema.shape(), components, new HashSet<>());
    }

    private static boolean in(Shape shape, List<Component> components, Set<String> followed) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalar.type() == ScalarType.DATE || scalar.type() == ScalarType.DATE_TIME;
        }
        if (shape instanceof Shape.ArrayOf array) {
            return in(array.items().shape(), components, followed);
        }
        if (shape instanceof Shape.MapOf map) {
            return in(map.values().shape(), components, followed);
        }
        if (shape instanceof Shape.Ref ref && followed.add(ref.component())) {
            for (Component c : components) {
                if (c.name().equals(ref.component())) {
                    boolean ownClass = c.isRoot() || c.schema().shape() instanceof Shape.EnumOf;
                    return !ownClass && in(c.schema().shape(), components, followed);
                }
            }
        }
        return false;
    }
}
