package dev.tristate.generator.roundtrip;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A random OpenAPI document as data: its version and its component schemas, in order. Besides holding them, it
 * answers the questions instances depend on the same way the generator does, e.g. a {@code $ref} to a schema that
 * allows null allows null too.
 */
record RandomSpec(String openApiVersion, List<Component> components) {

    static final String V30 = "3.0.3";
    static final String V31 = "3.1.0";

    RandomSpec {
        components = List.copyOf(components);
    }

    boolean isV31() {
        return V31.equals(openApiVersion);
    }

    Component component(String name) {
        for (Component c : components) {
            if (c.name().equals(name)) {
                return c;
            }
        }
        throw new IllegalArgumentException("no component " + name);
    }

    /** Whether null is a valid value here: the schema says so, or a $ref (through any chain) leads to one that does. */
    boolean allowsNull(Schema schema) {
        Set<String> seen = new HashSet<>();
        Schema current = schema;
        while (true) {
            if (current.nullForm().allowsNull()) {
                return true;
            }
            if (!(current.shape() instanceof Shape.Ref ref) || !seen.add(ref.component())) {
                return false;
            }
            current = component(ref.component()).schema();
        }
    }

    /** This document with only the named component and what it references, directly or not, in the same order. */
    RandomSpec closure(String root) {
        Set<String> reached = new HashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(root));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (reached.add(name)) {
                pending.addAll(References.of(component(name).schema()));
            }
        }
        List<Component> kept = new ArrayList<>();
        for (Component c : components) {
            if (reached.contains(c.name())) {
                kept.add(c);
            }
        }
        return new RandomSpec(openApiVersion, kept);
    }

    RandomSpec withComponent(Component replacement) {
        List<Component> list = new ArrayList<>();
        for (Component c : components) {
            list.add(c.name().equals(replacement.name()) ? replacement : c);
        }
        return new RandomSpec(openApiVersion, list);
    }

    int size() {
        int size = 0;
        for (Component c : components) {
            size += 1 + c.name().length() + References.size(c.schema())
                    + (c.decoration().equals(Shape.Decoration.NONE) ? 0 : 1);
        }
        return size;
    }
}
