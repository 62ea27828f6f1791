package dev.tristate.generator.roundtrip;

import java.util.HashSet;
import java.util.Set;

/**
 * Whether every component has a finite conforming instance, i.e. whether {@link RandomInstances} ends: following only
 * what must be present (required, not nullable, outside arrays and maps) never comes back to where it started.
 * Shrinking checks this before trying a smaller spec, since removing "nullable" can close such a loop.
 */
final class Finiteness {

    private Finiteness() {}

    static boolean holds(RandomSpec spec) {
        Set<String> finite = new HashSet<>();
        boolean grew = true;
        while (grew) {
            grew = false;
            for (Component c : spec.components()) {
                if (!finite.contains(c.name()) && forcedTargetsIn(spec, c.schema().shape(), finite)) {
                    finite.add(c.name());
                    grew = true;
                }
            }
        }
        return finite.size() == spec.components().size();
    }

    /** Whether every component this shape must hold is already known to be finite. */
    private static boolean forcedTargetsIn(RandomSpec spec, Shape shape, Set<String> finite) {
        if (shape instanceof Shape.Ref ref) {
            return finite.contains(ref.component());
        }
        if (shape instanceof Shape.ObjectOf object) {
            for (Shape.Property p : object.properties()) {
                if (p.required() && !spec.allowsNull(p.schema())
                        && !forcedTargetsIn(spec, p.schema().shape(), finite)) {
                    return false;
                }
            }
            return true;
        }
        if (shape instanceof Shape.Composition composition) {
            for (Schema member : composition.members()) {
                if (!forcedTargetsIn(spec, member.shape(), finite)) {
                    return false;
                }
            }
        }
        return true;
    }
}
