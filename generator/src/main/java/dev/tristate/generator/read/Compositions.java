package dev.tristate.generator.read;

import dev.tristate.generator.Problem;
import dev.tristate.generator.model.Constraints;
import dev.tristate.generator.model.Docs;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;
import dev.tristate.generator.model.ViewModel;
import dev.tristate.generator.naming.NameAllocator;
import dev.tristate.generator.naming.ScalarNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finishes what only the whole model can decide: which object classes implement which unions, what a union's
 * other variants are wrapped in, what a discriminated variant's builder starts with, and which allOf bases get a
 * view interface that the classes built on them implement.
 */
final class Compositions {

    private final List<TypeModel> types;
    private final Map<String, String> componentClasses;
    private final NameAllocator classNames;
    private final List<Problem> warnings;
    private final SourceDocument source;
    private final Map<String, Integer> indexOf = new HashMap<>();
    private final Map<String, Set<String>> interfaces = new LinkedHashMap<>();
    /** Class → discriminator wire name → the values that select the class. */
    private final Map<String, Map<String, Set<String>>> selectors = new LinkedHashMap<>();
    /** Base class → its view interface. */
    private final Map<String, String> viewOf = new LinkedHashMap<>();

    Compositions(List<TypeModel> types, Map<String, String> componentClasses, NameAllocator classNames,
            List<Problem> warnings, SourceDocument source) {
        this.types = types;
        this.componentClasses = componentClasses;
        this.classNames = classNames;
        this.warnings = warnings;
        this.source = source;
        for (int i = 0; i < types.size(); i++) {
            indexOf.put(types.get(i).className(), i);
        }
    }

    void finish(List<UnionDraft> unions, Map<String, List<String>> allOfBases) {
        unions.forEach(this::finishUnion);
        allOfBases.forEach(this::addViews);
        presetDiscriminators();
        interfaces.forEach((className, names) -> {
            int i = indexOf.get(className);
            ObjectModel object = (ObjectModel) types.get(i);
            types.set(i, object.withInterfaces(List.copyOf(names)));
        });
    }

    private void finishUnion(UnionDraft draft) {
        UnionModel union = draft.union();
        NameAllocator wrappers = NameAllocator.forClasses()
                .reserve(union.className()).reserve("Unknown").reserve("Reader");
        List<UnionModel.Variant> variants = new ArrayList<>();
        Set<TypeRef> seen = new LinkedHashSet<>();
        for (UnionDraft.Option option : draft.options()) {
            if (!seen.add(option.type())) {
                continue;
            }
            ObjectModel object = objectNamed(option.type());
            if (object != null) {
                variants.add(new UnionModel.Variant(option.type(), "", option.discriminatorValues(),
                        object.properties().stream().filter(PropertyModel::required).map(PropertyModel::wireName)
                                .toList(),
                        object.properties().stream().map(PropertyModel::wireName).toList(), null));
                interfaces.computeIfAbsent(object.className(), k -> new LinkedHashSet<>()).add(union.className());
                if (!union.discriminator().isEmpty()) {
                    selectors.computeIfAbsent(object.className(), k -> new LinkedHashMap<>())
                            .computeIfAbsent(union.discriminator(), k -> new LinkedHashSet<>())
                            .addAll(option.discriminatorValues());
                }
            } else {
                variants.add(new UnionModel.Variant(option.type(), wrappers.allocate(wrapperName(option.type())),
                        option.discriminatorValues(), List.of(), List.of(), constraintsOf(draft, option)));
            }
        }
        types.set(draft.index(), new UnionModel(union.className(), union.schemaPointer(), union.docs(), variants,
                union.discriminator()));
    }

    /**
     * A wrapped variant's constraints. Alternatives of one Java type are one variant, which cannot say "this or
     * that": when they constrain differently, none is checked, with a warning at each.
     */
    private Constraints constraintsOf(UnionDraft draft, UnionDraft.Option option) {
        List<UnionDraft.Option> sameType = draft.options().stream().filter(o -> o.type().equals(option.type()))
                .toList();
        if (sameType.stream().allMatch(o -> java.util.Objects.equals(o.constraints(), option.constraints()))) {
            return option.constraints() == null || option.constraints().isEmpty() ? null : option.constraints();
        }
        for (UnionDraft.Option o : sameType) {
            warnings.add(source.problemAt(o.pointer(), "the alternatives of " + draft.union().className()
                    + " that are the same Java type constrain it differently, and Bean Validation cannot check"
                    + " \"one of them\"; the value's constraints are not checked"));
        }
        return null;
    }

    private ObjectModel objectNamed(TypeRef type) {
        if (!(type instanceof TypeRef.Named)) {
            return null;
        }
        Integer i = indexOf.get(((TypeRef.Named) type).className());
        return i != null && types.get(i) instanceof ObjectModel ? (ObjectModel) types.get(i) : null;
    }

    private static String wrapperName(TypeRef type) {
        if (type instanceof TypeRef.Scalar) {
            TypeRef.Kind kind = ((TypeRef.Scalar) type).kind();
            return (kind == TypeRef.Kind.BYTES ? "Bytes" : kind == TypeRef.Kind.ANY ? "Any"
                    : ScalarNames.simpleName(kind)) + "Value";
        }
        if (type instanceof TypeRef.ListOf) {
            return "ListValue";
        }
        if (type instanceof TypeRef.MapOf) {
            return "MapValue";
        }
        return ((TypeRef.Named) type).className() + "Value";
    }

    /**
     * A class selected by exactly one discriminator value starts with that value, so an object built in code says
     * what it is when written; a class selected by several values is left for the caller to set. Only required
     * properties are preset: for an optional one, JSON without it is valid and must read back as absent.
     */
    private void presetDiscriminators() {
        selectors.forEach((className, byProperty) -> {
            int i = indexOf.get(className);
            ObjectModel object = (ObjectModel) types.get(i);
            List<PropertyModel> properties = new ArrayList<>();
            for (PropertyModel p : object.properties()) {
                Set<String> values = byProperty.get(p.wireName());
                boolean presettable = values != null && values.size() == 1 && p.preset() == null && p.required()
                        && (p.type().equals(new TypeRef.Scalar(TypeRef.Kind.STRING)) || isStringEnum(p.type()));
                properties.add(presettable ? p.withPreset(values.iterator().next()) : p);
            }
            types.set(i, new ObjectModel(object.className(), object.schemaPointer(), object.docs(), properties,
                    object.interfaces(), object.additionalValues(), object.additionalConstraints()));
        });
    }

    private boolean isStringEnum(TypeRef type) {
        if (!(type instanceof TypeRef.Named)) {
            return false;
        }
        Integer i = indexOf.get(((TypeRef.Named) type).className());
        return i != null && types.get(i) instanceof EnumModel && !((EnumModel) types.get(i)).integer();
    }

    /**
     * Each allOf base that is an object class gets a view interface with its getters, implemented by the base and by
     * every class built on it whose getters have the same Java types (a class that makes an optional base property
     * required returns it differently, and so cannot).
     */
    private void addViews(String derivedClass, List<String> baseComponents) {
        ObjectModel derived = (ObjectModel) types.get(indexOf.get(derivedClass));
        Map<String, PropertyModel> derivedProperties = new HashMap<>();
        derived.properties().forEach(p -> derivedProperties.put(p.wireName(), p));
        for (String component : baseComponents) {
            String baseClass = componentClasses.get(component);
            Integer baseIndex = baseClass == null ? null : indexOf.get(baseClass);
            if (baseIndex == null || !(types.get(baseIndex) instanceof ObjectModel)) {
                continue;
            }
            ObjectModel base = (ObjectModel) types.get(baseIndex);
            String mismatch = firstMismatch(base, derivedProperties);
            if (mismatch != null) {
                warnings.add(source.problemAt(derived.schemaPointer(), derivedClass + " does not implement the view of "
                        + baseClass + ": property '" + mismatch + "' has another Java type here"));
                continue;
            }
            String view = viewOf.computeIfAbsent(baseClass, name -> {
                String viewName = classNames.allocate(name + "View");
                indexOf.put(viewName, types.size());
                types.add(new ViewModel(viewName, base.schemaPointer(), Docs.NONE, name, base.properties()));
                interfaces.computeIfAbsent(name, k -> new LinkedHashSet<>()).add(viewName);
                return viewName;
            });
            interfaces.computeIfAbsent(derivedClass, k -> new LinkedHashSet<>()).add(view);
        }
    }

    private static String firstMismatch(ObjectModel base, Map<String, PropertyModel> derived) {
        for (PropertyModel p : base.properties()) {
            PropertyModel same = derived.get(p.wireName());
            if (same == null || !same.javaName().equals(p.javaName()) || !same.type().equals(p.type())
                    || same.presence() != p.presence()) {
                return p.wireName();
            }
        }
        return null;
    }
}
