package dev.tristate.generator.roundtrip;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Random JSON conforming to a component schema of a {@link RandomSpec}, paired with what writing it back must give.
 * An optional nullable property is absent, null or a value; a required nullable one null or a value; objects carry
 * unknown properties (where the schema allows them) between the declared ones; enums now and then carry a value
 * they do not list. Below {@link #DEPTH_LIMIT} only what must be present is: optional properties are left out,
 * nullable ones are null, arrays and maps empty.
 */
final class RandomInstances {

    static final int DEPTH_LIMIT = 4;

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper TEXT = new ObjectMapper();

    private final RandomSpec spec;
    private final Random random;
    private final Coverage coverage;
    private final RandomScalars scalars;
    private final RandomJson json;
    private final RandomNames names;

    RandomInstances(RandomSpec spec, Random random, Coverage coverage) {
        this.spec = spec;
        this.random = random;
        this.coverage = coverage;
        this.scalars = new RandomScalars(random, coverage);
        this.json = new RandomJson(random, scalars, DEPTH_LIMIT);
        this.names = new RandomNames(random);
    }

    /** An instance of a component that becomes a class or a union (never null, even if the component allows it). */
    Instance of(Component root) {
        WireValue value = nonNull(root.schema().shape(), 0);
        try {
            return new Instance(TEXT.writeValueAsString(value.input()), value.expected());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    private WireValue value(Schema schema, int depth) {
        if (spec.allowsNull(schema) && (depth >= DEPTH_LIMIT || random.nextInt(5) == 0)) {
            return WireValue.same(NullNode.getInstance());
        }
        return nonNull(schema.shape(), depth);
    }

    private WireValue nonNull(Shape shape, int depth) {
        if (shape instanceof Shape.Scalar scalar) {
            return scalars.of(scalar.type());
        }
        if (shape instanceof Shape.AnyValue) {
            return json.value(depth);
        }
        if (shape instanceof Shape.FreeForm) {
            return json.object(depth);
        }
        if (shape instanceof Shape.EnumOf e) {
            return enumValue(e);
        }
        if (shape instanceof Shape.ArrayOf array) {
            return array(array, depth);
        }
        if (shape instanceof Shape.MapOf map) {
            return map(map, depth);
        }
        if (shape instanceof Shape.ObjectOf object) {
            return object(object, depth);
        }
        if (shape instanceof Shape.Ref ref) {
            // Whether null is allowed was decided where the reference is used, for the whole chain.
            return nonNull(spec.component(ref.component()).schema().shape(), depth);
        }
        return composition((Shape.Composition) shape, depth);
    }

    private WireValue enumValue(Shape.EnumOf e) {
        String value;
        if (random.nextInt(5) == 0) {
            coverage.hit(e.integer() ? "enum: unlisted integer" : "enum: unlisted value");
            value = e.integer() ? names.unlistedIntegerEnumValue(e.values()) : names.unlistedEnumValue(e.values());
        } else {
            value = e.values().get(random.nextInt(e.values().size()));
        }
        return WireValue.same(e.integer() ? LongNode.valueOf(Long.parseLong(value)) : TextNode.valueOf(value));
    }

    private WireValue array(Shape.ArrayOf array, int depth) {
        ArrayNode input = NODES.arrayNode();
        ArrayNode expected = NODES.arrayNode();
        int count = depth >= DEPTH_LIMIT ? 0 : random.nextInt(4);
        for (int i = 0; i < count; i++) {
            WireValue item = value(array.items(), depth + 1);
            if (item.input().isNull()) {
                coverage.hit("array: null element");
            }
            input.add(item.input());
            expected.add(item.expected());
        }
        return new WireValue(input, expected);
    }

    private WireValue map(Shape.MapOf map, int depth) {
        ObjectNode input = NODES.objectNode();
        ObjectNode expected = NODES.objectNode();
        int count = depth >= DEPTH_LIMIT ? 0 : random.nextInt(4);
        Set<String> keys = new HashSet<>();
        while (keys.size() < count) {
            String key = RandomText.string(random, 5);
            if (keys.add(key)) {
                WireValue value = value(map.values(), depth + 1);
                if (value.input().isNull()) {
                    coverage.hit("map: null value");
                }
                input.set(key, value.input());
                expected.set(key, value.expected());
            }
        }
        return new WireValue(input, expected);
    }

    private WireValue object(Shape.ObjectOf object, int depth) {
        List<Member> members = declaredMembers(object, depth);
        members.addAll(unknownMembers(object, members, depth));
        Collections.shuffle(members, random);
        ObjectNode input = NODES.objectNode();
        members.forEach(m -> input.set(m.name, m.value.input()));
        ObjectNode expected = NODES.objectNode();
        // The contract: declared properties in spec order, then unknown ones in the order they were read.
        for (Shape.Property p : object.properties()) {
            for (Member m : members) {
                if (m.declared && m.name.equals(p.wireName())) {
                    expected.set(m.name, m.value.expected());
                }
            }
        }
        members.stream().filter(m -> !m.declared).forEach(m -> expected.set(m.name, m.value.expected()));
        return new WireValue(input, expected);
    }

    private List<Member> declaredMembers(Shape.ObjectOf object, int depth) {
        boolean atLimit = depth >= DEPTH_LIMIT;
        List<Member> members = new ArrayList<>();
        for (Shape.Property p : object.properties()) {
            boolean nullable = spec.allowsNull(p.schema());
            String state;
            WireValue value;
            if (p.required()) {
                if (nullable && (atLimit || random.nextInt(3) == 0)) {
                    state = "null";
                    value = WireValue.same(NullNode.getInstance());
                } else {
                    state = "value";
                    value = nonNull(p.schema().shape(), depth + 1);
                }
            } else {
                int roll = random.nextInt(10);
                if (atLimit || roll < 3) {
                    state = "absent";
                    value = null;
                } else if (nullable && roll < 5) {
                    state = "null";
                    value = WireValue.same(NullNode.getInstance());
                } else {
                    state = "value";
                    value = nonNull(p.schema().shape(), depth + 1);
                }
            }
            coverage.hit("instance: " + (p.required() ? "required" : "optional") + (nullable ? " nullable" : "")
                    + " " + state);
            if (value != null) {
                members.add(new Member(p.wireName(), value, true));
            }
        }
        return members;
    }

    private List<Member> unknownMembers(Shape.ObjectOf object, List<Member> declared, int depth) {
        List<Member> unknown = new ArrayList<>();
        if (object.extra() instanceof Shape.Extra.Forbidden) {
            return unknown;
        }
        Set<String> taken = new HashSet<>(object.requiredUndeclared());
        object.properties().forEach(p -> taken.add(p.wireName()));
        for (String name : object.requiredUndeclared()) {
            unknown.add(new Member(name, json.valueOrNull(depth + 1), false));
        }
        int count = depth >= DEPTH_LIMIT || random.nextBoolean() ? 0 : 1 + random.nextInt(3);
        List<String> declaredNames = new ArrayList<>(taken);
        Collections.sort(declaredNames);
        for (int i = 0; i < count; i++) {
            String name = names.unknownProperty(taken, declaredNames);
            taken.add(name);
            unknown.add(new Member(name, extraValue(object, depth + 1), false));
            coverage.hit("instance: unknown property");
        }
        return unknown;
    }

    /** A value for a property the object does not declare: of its additionalProperties schema, if it has one. */
    private WireValue extraValue(Shape.ObjectOf object, int depth) {
        return object.extra() instanceof Shape.Extra.Typed typed ? value(typed.values(), depth)
                : json.valueOrNull(depth);
    }

    // ---- compositions ----

    private WireValue composition(Shape.Composition composition, int depth) {
        if (composition.kind() == Shape.CompositionKind.ALL_OF) {
            return allOf(composition, depth);
        }
        Schema member = composition.members().get(random.nextInt(composition.members().size()));
        WireValue value = nonNull(member.shape(), depth);
        if (composition.discriminator() != null) {
            // The discriminator is the member's first declared property, so replacing it keeps its place.
            String name = ((Shape.Ref) member.shape()).component();
            ((ObjectNode) value.input()).put(composition.discriminator(), name);
            ((ObjectNode) value.expected()).put(composition.discriminator(), name);
        }
        return value;
    }

    /**
     * The members' properties as one object, in member order as the merged class declares them (their names are
     * distinct by construction).
     */
    private WireValue allOf(Shape.Composition composition, int depth) {
        List<Shape.Property> properties = new ArrayList<>();
        List<String> requiredUndeclared = new ArrayList<>();
        for (Schema member : composition.members()) {
            Shape shape = member.shape();
            while (shape instanceof Shape.Ref ref) {
                shape = spec.component(ref.component()).schema().shape();
            }
            properties.addAll(((Shape.ObjectOf) shape).properties());
            requiredUndeclared.addAll(((Shape.ObjectOf) shape).requiredUndeclared());
        }
        return object(new Shape.ObjectOf(properties, new Shape.Extra.Unsaid(), requiredUndeclared), depth);
    }

    /** One property of an object instance. */
    private static final class Member {
        final String name;
        final WireValue value;
        final boolean declared;

        Member(String name, WireValue value, boolean declared) {
            this.name = name;
            this.value = value;
            this.declared = declared;
        }
    }
}
