package dev.tristate.generator.naming;

import java.util.Set;

/**
 * Member names that every generated class already uses, so a property may not take them: the builder API, the
 * unknown-property accessors and what {@link Object} declares.
 */
final class ReservedMembers {

    private static final Set<String> NAMES = Set.of(
            "builder", "toBuilder", "build", "additionalProperties", "additionalProperty",
            "equals", "hashCode", "toString", "getClass", "notify", "notifyAll", "wait", "clone", "finalize");

    private ReservedMembers() {}

    static boolean isReserved(String name) {
        return NAMES.contains(name);
    }
}
