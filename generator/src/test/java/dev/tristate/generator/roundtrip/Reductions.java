package dev.tristate.generator.roundtrip;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The specs one step smaller than a given one, for shrinking: a property removed, a reference cut, a type made a
 * plain string, a wrapper unwrapped, "or null" dropped or said the plainest way, a property made optional or renamed
 * to a short name, a component renamed. Biggest steps first; only specs that still have finite instances, whose
 * root is still an object (for a round-trip failure), and that are strictly smaller are offered.
 */
final class Reductions {

    private static final Schema PLAIN_STRING = Schema.of(new Shape.Scalar(ScalarType.STRING));

    private final RandomSpec spec;
    private final String root;
    private final List<RandomSpec> removals = new ArrayList<>();
    private final List<RandomSpec> simplifications = new ArrayList<>();

    private Reductions(RandomSpec spec, String root) {
        this.spec = spec;
        this.root = root;
    }

    /**
     * @param close whether to keep only what the root references; false when the failure needs the other
     *     components too (their class names, say), which are then removed one by one instead
     */
    static List<RandomSpec> of(RandomSpec spec, String root, boolean rootMustStayARoot, boolean close) {
        Reductions reductions = new Reductions(spec, root);
        for (Component c : spec.components()) {
            if (!close && !c.name().equals(root)) {
                reductions.removals.add(reductions.without(c));
            }
        }
        for (Component c : spec.components()) {
            SchemaTree.visit(c.schema(), (steps, schema) -> reductions.collect(c, steps, schema));
            reductions.renameComponent(c);
            if (!c.decoration().equals(Shape.Decoration.NONE)) {
                reductions.simplifications.add(spec.withComponent(new Component(c.name(), c.schema())));
            }
        }
        Set<RandomSpec> offered = new LinkedHashSet<>();
        int size = spec.size();
        for (RandomSpec candidate : concat(reductions.removals, reductions.simplifications)) {
            RandomSpec closed = close ? candidate.closure(root) : candidate;
            if (closed.size() < size && Finiteness.holds(closed) && RandomCompositions.stillConform(closed)
                    && (!rootMustStayARoot || closed.component(root).isRoot())) {
                offered.add(closed);
            }
        }
        return new ArrayList<>(offered);
    }

    private void collect(Component c, List<Integer> steps, Schema schema) {
        Shape shape = schema.shape();
        if (shape instanceof Shape.ObjectOf object) {
            objectReductions(c, steps, object);
        }
        if (shape instanceof Shape.Ref) {
            removals.add(edit(c, steps, s -> PLAIN_STRING.withNullForm(plainest(s.nullForm(), PLAIN_STRING.shape()))));
        }
        if (schema.nullForm() != NullForm.NOT_NULL) {
            simplifications.add(edit(c, steps, s -> s.withNullForm(NullForm.NOT_NULL)));
            NullForm plain = plainest(schema.nullForm(), shape);
            if (plain != schema.nullForm()) {
                simplifications.add(edit(c, steps, s -> s.withNullForm(plain)));
            }
        }
        if (shape instanceof Shape.ArrayOf array) {
            simplifications.add(edit(c, steps, s -> array.items()));
        } else if (shape instanceof Shape.MapOf map) {
            simplifications.add(edit(c, steps, s -> map.values()));
        } else if (shape instanceof Shape.Composition composition) {
            for (Schema member : composition.members()) {
                simplifications.add(edit(c, steps, s -> member));
            }
        } else if (shape instanceof Shape.EnumOf e && e.values().size() > 1) {
            for (int i = 0; i < e.values().size(); i++) {
                List<String> fewer = new ArrayList<>(e.values());
                fewer.remove(i);
                simplifications.add(edit(c, steps, s -> s.withShape(new Shape.EnumOf(fewer, e.integer()))));
            }
        }
        boolean plainString = shape instanceof Shape.Scalar scalar && scalar.type() == ScalarType.STRING;
        if (!plainString && !(steps.isEmpty() && c.name().equals(root))) {
            simplifications.add(edit(c, steps,
                    s -> PLAIN_STRING.withNullForm(plainest(s.nullForm(), PLAIN_STRING.shape()))));
        }
    }

    private void objectReductions(Component c, List<Integer> steps, Shape.ObjectOf object) {
        List<Shape.Property> properties = object.properties();
        for (int i = 0; i < properties.size() && properties.size() > 1; i++) {
            List<Shape.Property> fewer = new ArrayList<>(properties);
            fewer.remove(i);
            removals.add(withObject(c, steps, new Shape.ObjectOf(fewer, object.extra(), object.requiredUndeclared())));
        }
        if (!object.requiredUndeclared().isEmpty()) {
            removals.add(withObject(c, steps, new Shape.ObjectOf(properties, object.extra(), List.of())));
        }
        if (!(object.extra() instanceof Shape.Extra.Unsaid)) {
            removals.add(withObject(c, steps, new Shape.ObjectOf(properties, new Shape.Extra.Unsaid(),
                    object.requiredUndeclared())));
        }
        for (int i = 0; i < properties.size(); i++) {
            Shape.Property p = properties.get(i);
            if (p.required()) {
                simplifications.add(withProperty(c, steps, object, i,
                        new Shape.Property(p.wireName(), false, p.schema(), p.decoration())));
            }
            if (!p.decoration().equals(Shape.Decoration.NONE)) {
                simplifications.add(withProperty(c, steps, object, i,
                        new Shape.Property(p.wireName(), p.required(), p.schema(), Shape.Decoration.NONE)));
            }
            String shortName = shortName(object, i);
            if (shortName != null) {
                simplifications.add(withProperty(c, steps, object, i,
                        new Shape.Property(shortName, p.required(), p.schema(), p.decoration())));
            }
        }
    }

    /** "a", "b", … : the first one-letter name no other property has, if shorter than the current name. */
    private static String shortName(Shape.ObjectOf object, int index) {
        String current = object.properties().get(index).wireName();
        for (char letter = 'a'; letter <= 'z'; letter++) {
            String candidate = String.valueOf(letter);
            boolean free = object.requiredUndeclared().stream().noneMatch(candidate::equals)
                    && object.properties().stream().noneMatch(p -> p.wireName().equals(candidate));
            if (free) {
                return candidate.length() < current.length() || (candidate.length() == current.length()
                        && candidate.compareTo(current) < 0) ? candidate : null;
            }
        }
        return null;
    }

    private void renameComponent(Component c) {
        String simple = "C" + spec.components().indexOf(c);
        if (c.name().length() <= simple.length() || spec.components().stream().anyMatch(o -> o.name().equals(simple))) {
            return;
        }
        List<Component> renamed = new ArrayList<>();
        for (Component other : spec.components()) {
            renamed.add(new Component(other.name().equals(c.name()) ? simple : other.name(),
                    renameRefs(other.schema(), c.name(), simple), other.decoration()));
        }
        // The root keeps its role under its new name only if it is not the one renamed.
        if (!c.name().equals(root)) {
            simplifications.add(new RandomSpec(spec.openApiVersion(), renamed));
        }
    }

    /** The spec without a component, each reference to it replaced by a plain string. */
    private RandomSpec without(Component removed) {
        List<Component> rest = new ArrayList<>();
        for (Component other : spec.components()) {
            if (other != removed) {
                Schema[] schema = {other.schema()};
                SchemaTree.visit(other.schema(), (steps, node) -> {
                    if (node.shape() instanceof Shape.Ref ref && ref.component().equals(removed.name())) {
                        schema[0] = SchemaTree.replace(schema[0], steps,
                                s -> PLAIN_STRING.withNullForm(plainest(s.nullForm(), PLAIN_STRING.shape())));
                    }
                });
                rest.add(other.withSchema(schema[0]));
            }
        }
        return new RandomSpec(spec.openApiVersion(), rest);
    }

    private static Schema renameRefs(Schema schema, String from, String to) {
        Schema[] result = {schema};
        SchemaTree.visit(schema, (steps, node) -> {
            if (node.shape() instanceof Shape.Ref ref && ref.component().equals(from)) {
                result[0] = SchemaTree.replace(result[0], steps, s -> s.withShape(new Shape.Ref(to)));
            }
        });
        return result[0];
    }

    /** The simplest way for this shape to say "or null" in this version, if it says so at all. */
    private NullForm plainest(NullForm current, Shape shape) {
        if (current == NullForm.NOT_NULL) {
            return current;
        }
        boolean typed = !(shape instanceof Shape.Ref || shape instanceof Shape.Composition
                || shape instanceof Shape.AnyValue);
        if (typed) {
            return spec.isV31() ? NullForm.TYPE_ARRAY : NullForm.NULLABLE_KEYWORD;
        }
        return shape instanceof Shape.Ref ? NullForm.ALL_OF_REF_NULLABLE : NullForm.ONE_OF_NULL;
    }

    private RandomSpec withObject(Component c, List<Integer> steps, Shape.ObjectOf object) {
        return edit(c, steps, s -> s.withShape(object));
    }

    private RandomSpec withProperty(Component c, List<Integer> steps, Shape.ObjectOf object, int index,
            Shape.Property property) {
        List<Shape.Property> properties = new ArrayList<>(object.properties());
        properties.set(index, property);
        return withObject(c, steps, new Shape.ObjectOf(properties, object.extra(), object.requiredUndeclared()));
    }

    private RandomSpec edit(Component c, List<Integer> steps, UnaryOperator<Schema> change) {
        return spec.withComponent(c.withSchema(SchemaTree.replace(c.schema(), steps, change)));
    }

    private static List<RandomSpec> concat(List<RandomSpec> a, List<RandomSpec> b) {
        List<RandomSpec> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
