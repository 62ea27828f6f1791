package dev.tristate.generator.roundtrip;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * The compositions {@link RandomSchemas} adds with {@link Features#compositions()}, each with conforming instances:
 * allOf over objects whose property names are all distinct, oneOf/anyOf with a discriminator over object
 * components that declare it first, and oneOf/anyOf over members of different JSON types (so an instance matches
 * exactly one). Members only refer to earlier components, so what must be present stays finite.
 */
final class RandomCompositions {

    /** The discriminator property of the components that oneOf/anyOf with a discriminator choose between. */
    static final String DISCRIMINATOR = "kind";

    private final Random random;
    private final Coverage coverage;

    RandomCompositions(Random random, Coverage coverage) {
        this.random = random;
        this.coverage = coverage;
    }

    /**
     * @param earlier the components made so far, which members may refer to
     * @param inlineObject makes an inline object at a nesting level, or null where none may be nested
     * @return null when the earlier components do not allow the composition chosen
     */
    Shape composition(List<Component> earlier, int nesting, IntFunction<Shape.ObjectOf> inlineObject) {
        int roll = random.nextInt(3);
        if (roll == 0) {
            return allOf(earlier, nesting, inlineObject);
        }
        Shape.CompositionKind kind = random.nextBoolean() ? Shape.CompositionKind.ONE_OF
                : Shape.CompositionKind.ANY_OF;
        if (roll == 1) {
            Shape discriminated = discriminated(earlier, kind);
            if (discriminated != null) {
                return discriminated;
            }
        }
        return unionOfJsonTypes(kind, nesting, inlineObject);
    }

    private Shape allOf(List<Component> earlier, int nesting, IntFunction<Shape.ObjectOf> inlineObject) {
        List<Schema> members = new ArrayList<>();
        Set<String> declared = new HashSet<>();
        for (int i = 0; i < earlier.size() && members.size() < 2; i++) {
            Component candidate = earlier.get(random.nextInt(earlier.size()));
            if (candidate.schema().nullForm().allowsNull()
                    || !(candidate.schema().shape() instanceof Shape.ObjectOf object)
                    || !allowsOthers(object)) {
                continue;
            }
            Set<String> names = declaredNames(object);
            if (names.stream().noneMatch(declared::contains)) {
                declared.addAll(names);
                members.add(Schema.of(new Shape.Ref(candidate.name())));
            }
        }
        Shape.ObjectOf inline = members.size() < 2 ? inlineObject.apply(nesting) : null;
        if (inline != null) {
            List<Shape.Property> kept = new ArrayList<>();
            for (Shape.Property p : inline.properties()) {
                if (!declared.contains(p.wireName())) {
                    kept.add(p);
                }
            }
            if (!kept.isEmpty()) {
                members.add(Schema.of(new Shape.ObjectOf(kept, new Shape.Extra.Unsaid(), List.of())));
            }
        }
        if (members.size() < 2) {
            return null;
        }
        coverage.hit("composition: allOf");
        return new Shape.Composition(Shape.CompositionKind.ALL_OF, members, null);
    }

    private Shape discriminated(List<Component> earlier, Shape.CompositionKind kind) {
        List<Schema> members = new ArrayList<>();
        for (Component candidate : earlier) {
            if (!candidate.schema().nullForm().allowsNull()
                    && candidate.schema().shape() instanceof Shape.ObjectOf object
                    && !object.properties().isEmpty()
                    // A required string, not merely a first property that happens to be named like it: OpenAPI's
                    // discriminator names such a property (seed 20260517, spec 4 had an object-typed "kind").
                    && declaresDiscriminatorFirst(object)
                    && random.nextBoolean()) {
                members.add(Schema.of(new Shape.Ref(candidate.name())));
            }
        }
        if (members.size() < 2) {
            return null;
        }
        coverage.hit("composition: " + kind + " with discriminator");
        return new Shape.Composition(kind, members, DISCRIMINATOR);
    }

    private Shape unionOfJsonTypes(Shape.CompositionKind kind, int nesting, IntFunction<Shape.ObjectOf> inlineObject) {
        boolean number = random.nextBoolean();
        ScalarType arrayItems = RandomSchemas.AVOID_DATES_IN_UNION_VALUES ? ScalarType.STRING : ScalarType.DATE_TIME;
        List<Schema> candidates = new ArrayList<>(List.of(
                Schema.of(new Shape.Scalar(ScalarType.STRING)),
                Schema.of(new Shape.Scalar(number ? ScalarType.NUMBER : ScalarType.INT64)),
                Schema.of(new Shape.Scalar(ScalarType.BOOLEAN)),
                Schema.of(new Shape.ArrayOf(Schema.of(new Shape.Scalar(arrayItems))))));
        Shape.ObjectOf object = inlineObject.apply(nesting);
        if (object != null) {
            candidates.add(Schema.of(object));
        }
        List<Schema> members = new ArrayList<>();
        int count = 2 + random.nextInt(2);
        while (members.size() < count) {
            members.add(candidates.remove(random.nextInt(candidates.size())));
        }
        coverage.hit("composition: " + kind);
        return new Shape.Composition(kind, members, null);
    }

    /**
     * Whether every composition in the spec still has conforming instances as {@link RandomInstances} makes them
     * (shrinking can change a member): allOf members are objects with distinct property names, discriminated
     * members are object components declaring the discriminator first, as a required string, and the members of
     * other unions have different JSON types.
     */
    static boolean stillConform(RandomSpec spec) {
        boolean[] conform = {true};
        for (Component c : spec.components()) {
            SchemaTree.visit(c.schema(), (steps, schema) -> {
                if (schema.shape() instanceof Shape.Composition composition && !conforms(spec, composition)) {
                    conform[0] = false;
                }
            });
        }
        return conform[0];
    }

    private static boolean conforms(RandomSpec spec, Shape.Composition composition) {
        Set<String> seen = new HashSet<>();
        for (Schema member : composition.members()) {
            Shape shape = resolve(spec, member.shape());
            if (member.nullForm().allowsNull() || spec.allowsNull(member)) {
                return false;
            }
            if (composition.kind() == Shape.CompositionKind.ALL_OF) {
                if (!(shape instanceof Shape.ObjectOf object) || !allowsOthers(object)) {
                    return false;
                }
                for (String name : declaredNames(object)) {
                    if (!seen.add(name)) {
                        return false;
                    }
                }
            } else if (composition.discriminator() != null) {
                if (!(member.shape() instanceof Shape.Ref) || !(shape instanceof Shape.ObjectOf object)
                        || object.properties().isEmpty() || !declaresDiscriminatorFirst(object)) {
                    return false;
                }
            } else {
                String type = jsonType(shape);
                if (type == null || !seen.add(type)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean declaresDiscriminatorFirst(Shape.ObjectOf object) {
        Shape.Property first = object.properties().get(0);
        return first.wireName().equals(DISCRIMINATOR) && first.required()
                && first.schema().equals(Schema.of(new Shape.Scalar(ScalarType.STRING)));
    }

    private static Shape resolve(RandomSpec spec, Shape shape) {
        Set<String> seen = new HashSet<>();
        while (shape instanceof Shape.Ref ref && seen.add(ref.component())) {
            shape = spec.component(ref.component()).schema().shape();
        }
        return shape;
    }

    /** The JSON type of a union member's values; null for shapes that may take several. */
    private static String jsonType(Shape shape) {
        if (shape instanceof Shape.Scalar scalar) {
            return "number".equals(scalar.type().jsonType) ? "integer" : scalar.type().jsonType;
        }
        if (shape instanceof Shape.EnumOf e) {
            return e.integer() ? "integer" : "string";
        }
        if (shape instanceof Shape.ArrayOf) {
            return "array";
        }
        if (shape instanceof Shape.ObjectOf || shape instanceof Shape.MapOf || shape instanceof Shape.FreeForm) {
            return "object";
        }
        return null;
    }

    private static boolean allowsOthers(Shape.ObjectOf object) {
        return object.extra() instanceof Shape.Extra.Unsaid || object.extra() instanceof Shape.Extra.Allowed;
    }

    private static Set<String> declaredNames(Shape.ObjectOf object) {
        Set<String> names = new HashSet<>(object.requiredUndeclared());
        object.properties().forEach(p -> names.add(p.wireName()));
        return names;
    }
}
