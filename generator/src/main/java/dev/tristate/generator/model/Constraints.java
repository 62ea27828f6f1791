package dev.tristate.generator.model;

import java.math.BigDecimal;

/**
 * What the spec says a present value must satisfy, for Bean Validation; read only when it is asked for
 * ({@code beanValidation}), so models without it stay as they were.
 *
 * @param minLength {@code minLength} of a string
 * @param maxLength {@code maxLength} of a string
 * @param pattern {@code pattern} of a string, as a Java regex that means what the ECMA 262 search meant, matched
 *     against the whole string (see {@code read/EcmaPatterns})
 * @param minimum {@code minimum}, or a numeric {@code exclusiveMinimum} (3.1)
 * @param exclusiveMinimum whether {@code minimum} itself is not allowed
 * @param maximum {@code maximum}, or a numeric {@code exclusiveMaximum} (3.1)
 * @param exclusiveMaximum whether {@code maximum} itself is not allowed
 * @param minItems {@code minItems} of an array, or {@code minProperties} of a map
 * @param maxItems {@code maxItems} of an array, or {@code maxProperties} of a map
 * @param email {@code format: email}
 * @param items the constraints of an array's items or a map's values; null when none
 */
public record Constraints(
        Integer minLength, Integer maxLength, String pattern, BigDecimal minimum, boolean exclusiveMinimum,
        BigDecimal maximum, boolean exclusiveMaximum, Integer minItems, Integer maxItems, boolean email,
        Constraints items) {

    public static final Constraints NONE =
            new Constraints(null, null, null, null, false, null, false, null, null, false, null);

    /** Whether nothing is constrained, here or in the items. */
    public boolean isEmpty() {
        return equals(NONE);
    }
}
