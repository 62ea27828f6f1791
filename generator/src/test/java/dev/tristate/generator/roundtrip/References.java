package dev.tristate.generator.roundtrip;

import java.util.LinkedHashSet;
import java.util.Set;

/** Walks a schema tree: which components it references, and how big it is (what shrinking makes smaller). */
final class References {

    private References() {}

    static Set<String> of(Schema schema) {
        Set<String> names = new LinkedHashSet<>();
        collect(schema, names);
        return names;
    }

    private static void collect(Schema schema, Set<String> names) {
        Shape shape = schema.shape();
        if (shape instanceof Shape.Ref ref) {
            names.add(ref.component());
        } else if (shape instanceof Shape.ArrayOf array) {
            collect(array.items(), names);
        } else if (shape instanceof Shape.MapOf map) {
            collect(map.values(), names);
        } else if (shape instanceof Shape.ObjectOf object) {
            object.properties().forEach(p -> collect(p.schema(), names));
            if (object.extra() instanceof Shape.Extra.Typed typed) {
                collect(typed.values(), names);
            }
        } else if (shape instanceof Shape.Composition composition) {
            composition.members().forEach(m -> collect(m, names));
        }
    }

    /** Nodes in the tree plus a point for every unusual choice, so that a simpler schema is always smaller. */
    static int size(Schema schema) {
        int size = schema.nullForm().ordinal();
        Shape shape = schema.shape();
        if (shape instanceof Shape.ArrayOf array) {
            return size + 1 + size(array.items());
        }
        if (shape instanceof Shape.MapOf map) {
            return size + 1 + size(map.values());
        }
        if (shape instanceof Shape.ObjectOf object) {
            size += 1 + object.requiredUndeclared().size();
            for (Shape.Property p : object.properties()) {
                size += 1 + (p.required() ? 1 : 0) + size(p.schema()) + p.wireName().length()
                        + (p.decoration().equals(Shape.Decoration.NONE) ? 0 : 1);
            }
            if (object.extra() instanceof Shape.Extra.Typed typed) {
                size += 1 + size(typed.values());
            } else if (!(object.extra() instanceof Shape.Extra.Unsaid)) {
                size += 1;
            }
            return size;
        }
        if (shape instanceof Shape.EnumOf e) {
            return size + e.values().size();
        }
        if (shape instanceof Shape.Composition composition) {
            size += 2;
            for (Schema m : composition.members()) {
                size += size(m);
            }
            return size;
        }
        if (shape instanceof Shape.Scalar scalar) {
            return size + scalar.type().ordinal();
        }
        return size + 1;
    }
}
