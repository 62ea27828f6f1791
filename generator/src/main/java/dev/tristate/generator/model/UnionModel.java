package dev.tristate.generator.model;

import java.util.List;

/**
 * A value that takes one of several shapes ({@code oneOf}, {@code anyOf}, or {@code type} listing several types):
 * a sealed interface. Object variants implement it; any other variant is wrapped in a nested record. A value that
 * matches no variant is kept as it came, never rejected.
 *
 * @param variants in spec order, which is also the order they are tried in when nothing else decides
 * @param discriminator the wire name of the property that names the variant, or empty
 */
public record UnionModel(String className, String schemaPointer, Docs docs, List<Variant> variants,
        String discriminator) implements TypeModel {

    public UnionModel {
        variants = List.copyOf(variants);
        discriminator = discriminator == null ? "" : discriminator;
    }

    /**
     * One shape a value may take.
     *
     * @param type what the value is
     * @param wrapperName the nested record that holds it, or empty for an object class that implements the union
     * @param discriminatorValues the discriminator values that select this variant
     * @param requiredNames the wire names an object variant requires, used to match a value without a discriminator
     * @param declaredNames the wire names an object variant declares, used to prefer the closest match
     * @param constraints what a wrapped value must satisfy (Bean Validation); null when not read or not wrapped
     */
    public record Variant(TypeRef type, String wrapperName, List<String> discriminatorValues,
            List<String> requiredNames, List<String> declaredNames, Constraints constraints) {

        public Variant {
            wrapperName = wrapperName == null ? "" : wrapperName;
            discriminatorValues = List.copyOf(discriminatorValues);
            requiredNames = List.copyOf(requiredNames);
            declaredNames = List.copyOf(declaredNames);
        }

        public boolean wrapped() {
            return !wrapperName.isEmpty();
        }
    }
}
