package dev.tristate.generator.roundtrip;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;

/**
 * Addresses every schema inside a component by a list of steps (a property's index, 0 for array items and map
 * values, -1 for an object's additionalProperties schema, a member's index in a composition), so shrinking can
 * visit and rewrite them.
 */
final class SchemaTree {

    static final int EXTRA = -1;

    private SchemaTree() {}

    static void visit(Schema schema, BiConsumer<List<Integer>, Schema> visitor) {
        visit(schema, new ArrayList<>(), visitor);
    }

    private static void visit(Schema schema, List<Integer> steps, BiConsumer<List<Integer>, Schema> visitor) {
        visitor.accept(List.copyOf(steps), schema);
        Shape shape = schema.shape();
        if (shape instanceof Shape.ArrayOf array) {
            visitChild(array.items(), steps, 0, visitor);
        } else if (shape instanceof Shape.MapOf map) {
            visitChild(map.values(), steps, 0, visitor);
        } else if (shape instanceof Shape.ObjectOf object) {
            for (int i = 0; i < object.properties().size(); i++) {
                visitChild(object.properties().get(i).schema(), steps, i, visitor);
            }
            if (object.extra() instanceof Shape.Extra.Typed typed) {
                visitChild(typed.values(), steps, EXTRA, visitor);
            }
        } else if (shape instanceof Shape.Composition composition) {
            for (int i = 0; i < composition.members().size(); i++) {
                visitChild(composition.members().get(i), steps, i, visitor);
            }
        }
    }

    private static void visitChild(Schema child, List<Integer> steps, int step,
            BiConsumer<List<Integer>, Schema> visitor) {
        steps.add(step);
        visit(child, steps, visitor);
        steps.remove(steps.size() - 1);
    }

    /** The schema with the node at {@code steps} replaced by {@code change} applied to it. */
    static Schema replace(Schema schema, List<Integer> steps, UnaryOperator<Schema> change) {
        if (steps.isEmpty()) {
            return change.apply(schema);
        }
        int step = steps.get(0);
        List<Integer> rest = steps.subList(1, steps.size());
        Shape shape = schema.shape();
        if (shape instanceof Shape.ArrayOf array) {
            return schema.withShape(new Shape.ArrayOf(replace(array.items(), rest, change)));
        }
        if (shape instanceof Shape.MapOf map) {
            return schema.withShape(new Shape.MapOf(replace(map.values(), rest, change)));
        }
        if (shape instanceof Shape.ObjectOf object) {
            if (step == EXTRA) {
                Shape.Extra.Typed typed = (Shape.Extra.Typed) object.extra();
                return schema.withShape(new Shape.ObjectOf(object.properties(),
                        new Shape.Extra.Typed(replace(typed.values(), rest, change)), object.requiredUndeclared()));
            }
            List<Shape.Property> properties = new ArrayList<>(object.properties());
            Shape.Property p = properties.get(step);
            properties.set(step, new Shape.Property(p.wireName(), p.required(), replace(p.schema(), rest, change),
                    p.decoration()));
            return schema.withShape(new Shape.ObjectOf(properties, object.extra(), object.requiredUndeclared()));
        }
        Shape.Composition composition = (Shape.Composition) shape;
        List<Schema> members = new ArrayList<>(composition.members());
        members.set(step, replace(members.get(step), rest, change));
        return schema.withShape(new Shape.Composition(composition.kind(), members, composition.discriminator()));
    }
}
