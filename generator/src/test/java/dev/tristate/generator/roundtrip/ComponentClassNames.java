package dev.tristate.generator.roundtrip;

import dev.tristate.generator.naming.JavaNames;
import dev.tristate.generator.naming.NameAllocator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Java type of each component that becomes one (a class, an enum, or a union's sealed interface), named the
 * way the generator names them: components first, in document order, each given its preferred name or the next
 * free numbered one (names compared ignoring case).
 */
final class ComponentClassNames {

    private ComponentClassNames() {}

    static Map<String, String> of(RandomSpec spec) {
        NameAllocator names = NameAllocator.forClasses();
        Map<String, String> classes = new LinkedHashMap<>();
        for (Component c : spec.components()) {
            if (c.isRoot() || c.schema().shape() instanceof Shape.EnumOf) {
                classes.put(c.name(), names.allocate(JavaNames.className(c.name())));
            }
        }
        return classes;
    }
}
