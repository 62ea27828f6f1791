package dev.tristate.generator.evolution;

import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.UnionModel;
import dev.tristate.generator.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Compares two models and classifies every difference for consumers of the generated Java (does their code still
 * compile?) and on the wire (can a client of one revision read the other's JSON?). Models are matched by class
 * name, properties by wire name; a property whose Java name stayed while its wire name changed is a rename.
 */
public final class ModelDiff {

    private final List<Change> changes = new ArrayList<>();

    private ModelDiff() {}

    public static ChangeReport between(ApiModel before, ApiModel after) {
        ModelDiff diff = new ModelDiff();
        diff.compare(before, after);
        return new ChangeReport(before.title(), before.version(), after.version(), diff.changes);
    }

    private void compare(ApiModel before, ApiModel after) {
        Map<String, TypeModel> old = byName(before);
        Map<String, TypeModel> now = byName(after);
        for (TypeModel type : after.types()) {
            TypeModel previous = old.get(type.className());
            if (previous == null) {
                changes.add(new Change(Change.Kind.MODEL_ADDED, type.className(), null, kindOf(type), false, null,
                        null, type.schemaPointer()));
            } else if (previous instanceof ObjectModel && type instanceof ObjectModel) {
                compareObjects((ObjectModel) previous, (ObjectModel) type);
            } else if (previous instanceof EnumModel && type instanceof EnumModel) {
                compareEnums((EnumModel) previous, (EnumModel) type);
            } else if (previous instanceof UnionModel && type instanceof UnionModel) {
                compareUnions((UnionModel) previous, (UnionModel) type);
            } else if (previous.getClass() == type.getClass()) {
                // Views: their getters are the base class's, compared with it.
                continue;
            } else {
                changes.add(new Change(Change.Kind.TYPE_CHANGED, type.className(), null,
                        kindOf(previous) + " → " + kindOf(type), true, "its JSON has another shape",
                        "its JSON has another shape", type.schemaPointer()));
            }
        }
        for (TypeModel type : before.types()) {
            if (!now.containsKey(type.className())) {
                changes.add(new Change(Change.Kind.MODEL_REMOVED, type.className(), null, kindOf(type), true, null,
                        null, type.schemaPointer()));
            }
        }
    }

    private void compareObjects(ObjectModel before, ObjectModel after) {
        Map<String, PropertyModel> old = new LinkedHashMap<>();
        before.properties().forEach(p -> old.put(p.wireName(), p));
        Map<String, PropertyModel> now = new LinkedHashMap<>();
        after.properties().forEach(p -> now.put(p.wireName(), p));
        Set<String> renamedFrom = new LinkedHashSet<>();
        for (PropertyModel p : after.properties()) {
            String at = after.schemaPointer() + "/properties/" + escape(p.wireName());
            PropertyModel previous = old.get(p.wireName());
            if (previous == null) {
                PropertyModel sameJavaName = sameJavaName(before, p, now);
                if (sameJavaName != null) {
                    renamedFrom.add(sameJavaName.wireName());
                    changes.add(new Change(Change.Kind.PROPERTY_RENAMED, after.className(), p.wireName(),
                            "'" + sameJavaName.wireName() + "' → '" + p.wireName() + "' (Java name "
                                    + p.javaName() + " kept)", false,
                            "'" + p.wireName() + "' is an unknown property to them"
                                    + (sameJavaName.required() ? ", and '" + sameJavaName.wireName()
                                            + "' is missing: the read fails" : ""),
                            "'" + sameJavaName.wireName() + "' is an unknown property to them"
                                    + (p.required() ? ", and '" + p.wireName() + "' is missing: the read fails" : ""),
                            at));
                    compareProperty(after.className(), sameJavaName, p, at);
                    continue;
                }
                changes.add(new Change(Change.Kind.PROPERTY_ADDED, after.className(), p.wireName(),
                        describe(p), false, null,
                        p.required() ? "the property is required and old JSON lacks it: the read fails" : null, at));
                continue;
            }
            compareProperty(after.className(), previous, p, at);
        }
        for (PropertyModel p : before.properties()) {
            if (!now.containsKey(p.wireName()) && !renamedFrom.contains(p.wireName())) {
                changes.add(new Change(Change.Kind.PROPERTY_REMOVED, after.className(), p.wireName(), describe(p),
                        true, p.required() ? "they require it and new JSON lacks it: the read fails" : null, null,
                        before.schemaPointer() + "/properties/" + escape(p.wireName())));
            }
        }
    }

    private static PropertyModel sameJavaName(ObjectModel before, PropertyModel p, Map<String, PropertyModel> now) {
        for (PropertyModel candidate : before.properties()) {
            if (candidate.javaName().equals(p.javaName()) && !now.containsKey(candidate.wireName())) {
                return candidate;
            }
        }
        return null;
    }

    private void compareProperty(String model, PropertyModel before, PropertyModel after, String at) {
        String name = after.wireName();
        if (!before.type().equals(after.type())) {
            boolean widening = TypeText.isWidening(before.type(), after.type());
            changes.add(new Change(Change.Kind.TYPE_CHANGED, model, name,
                    "`" + TypeText.of(before.type()) + "` → `" + TypeText.of(after.type()) + "`", true,
                    "values of the new type may not read as " + TypeText.of(before.type()),
                    widening ? null : "values of the old type may not read as " + TypeText.of(after.type()), at));
        }
        if (!before.required() && after.required()) {
            changes.add(new Change(Change.Kind.MADE_REQUIRED, model, name, "", true, null,
                    "old JSON may lack it: the read fails", at));
        } else if (before.required() && !after.required()) {
            changes.add(new Change(Change.Kind.MADE_OPTIONAL, model, name, "", true,
                    "new JSON may lack it, and they require it: the read fails", null, at));
        }
        if (!before.nullable() && after.nullable()) {
            changes.add(new Change(Change.Kind.MADE_NULLABLE, model, name, "", true,
                    before.required() ? "new JSON may send null, which they refuse: the read fails" : null, null,
                    at));
        } else if (before.nullable() && !after.nullable()) {
            changes.add(new Change(Change.Kind.MADE_NON_NULLABLE, model, name, "", true, null,
                    after.required() ? "old JSON may send null, which they refuse: the read fails" : null, at));
        }
    }

    private void compareEnums(EnumModel before, EnumModel after) {
        Set<String> old = new LinkedHashSet<>();
        before.constants().forEach(c -> old.add(c.wireValue()));
        Set<String> now = new LinkedHashSet<>();
        after.constants().forEach(c -> now.add(c.wireValue()));
        for (EnumModel.EnumConstant constant : after.constants()) {
            if (!old.contains(constant.wireValue())) {
                changes.add(new Change(Change.Kind.ENUM_VALUE_ADDED, after.className(), null,
                        "'" + constant.wireValue() + "' (" + constant.javaName() + ")", false, null, null,
                        after.schemaPointer() + "/enum"));
            }
        }
        for (EnumModel.EnumConstant constant : before.constants()) {
            if (!now.contains(constant.wireValue())) {
                changes.add(new Change(Change.Kind.ENUM_VALUE_REMOVED, after.className(), null,
                        "'" + constant.wireValue() + "' (" + constant.javaName() + ")", true, null,
                        "old JSON may carry '" + constant.wireValue() + "', now read as an unrecognized value",
                        after.schemaPointer() + "/enum"));
            }
        }
    }

    /** Variants by the Java name code uses for them: the object class, or the wrapper record. */
    private void compareUnions(UnionModel before, UnionModel after) {
        Set<String> old = new LinkedHashSet<>();
        before.variants().forEach(v -> old.add(variantName(before, v)));
        Set<String> now = new LinkedHashSet<>();
        after.variants().forEach(v -> now.add(variantName(after, v)));
        for (String variant : now) {
            if (!old.contains(variant)) {
                changes.add(new Change(Change.Kind.VARIANT_ADDED, after.className(), null, variant, false, null, null,
                        after.schemaPointer()));
            }
        }
        for (String variant : old) {
            if (!now.contains(variant)) {
                changes.add(new Change(Change.Kind.VARIANT_REMOVED, after.className(), null, variant, true, null,
                        "old JSON of this variant is now read as " + after.className() + ".Unknown",
                        after.schemaPointer()));
            }
        }
    }

    private static String variantName(UnionModel union, UnionModel.Variant variant) {
        return variant.wrapped() ? union.className() + "." + variant.wrapperName()
                : ((dev.tristate.generator.model.TypeRef.Named) variant.type()).className();
    }

    private static Map<String, TypeModel> byName(ApiModel model) {
        Map<String, TypeModel> types = new LinkedHashMap<>();
        model.types().forEach(t -> types.put(t.className(), t));
        return types;
    }

    private static String kindOf(TypeModel type) {
        if (type instanceof EnumModel) {
            return "enum";
        }
        return type instanceof ObjectModel ? "object" : type instanceof UnionModel ? "union" : "view";
    }

    private static String describe(PropertyModel p) {
        return "`" + TypeText.of(p.type()) + "`, " + (p.required() ? "required" : "optional")
                + (p.nullable() ? ", nullable" : "");
    }

    private static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
