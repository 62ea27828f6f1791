package dev.tristate.generator.read;

import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;
import dev.tristate.generator.model.ViewModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds inline schemas that say exactly the same thing into one class, named after the first place that declares
 * it: big specs repeat the same inline enum ({@code state: [open, closed]}) or object hundreds of times, and a class
 * per place is code nobody can tell apart. Named components are never folded: their names are the spec's.
 * Folding one pair can make two others equal (objects whose only difference was which copy they named), so this
 * runs until nothing changes.
 */
final class InlineDuplicates {

    private static final String COMPONENT = "/components/schemas/";

    private InlineDuplicates() {}

    static List<TypeModel> fold(List<TypeModel> types) {
        List<TypeModel> current = types;
        while (true) {
            Map<String, String> replaced = new HashMap<>();
            Map<Object, String> first = new HashMap<>();
            for (TypeModel type : current) {
                Object key = contentOf(type);
                if (key == null) {
                    continue;
                }
                String kept = first.putIfAbsent(key, type.className());
                if (kept != null) {
                    replaced.put(type.className(), kept);
                }
            }
            if (replaced.isEmpty()) {
                return current;
            }
            List<TypeModel> next = new ArrayList<>(current.size() - replaced.size());
            for (TypeModel type : current) {
                if (!replaced.containsKey(type.className())) {
                    next.add(renamed(type, replaced));
                }
            }
            current = next;
        }
    }

    /** What an inline enum or object says, without where it is or what it is called; null for anything else. */
    private static Object contentOf(TypeModel type) {
        if (isComponent(type.schemaPointer())) {
            return null;
        }
        if (type instanceof EnumModel) {
            EnumModel e = (EnumModel) type;
            return new EnumModel("", "", e.docs(), e.constants(), e.integer());
        }
        if (type instanceof ObjectModel && ((ObjectModel) type).interfaces().isEmpty()) {
            ObjectModel o = (ObjectModel) type;
            return new ObjectModel("", "", o.docs(), o.properties(), List.of(), o.additionalValues());
        }
        return null;
    }

    private static boolean isComponent(String pointer) {
        return pointer.startsWith(COMPONENT) && pointer.indexOf('/', COMPONENT.length()) < 0;
    }

    private static TypeModel renamed(TypeModel type, Map<String, String> replaced) {
        if (type instanceof ObjectModel) {
            ObjectModel o = (ObjectModel) type;
            return new ObjectModel(o.className(), o.schemaPointer(), o.docs(), properties(o.properties(), replaced),
                    o.interfaces(), renamed(o.additionalValues(), replaced));
        }
        if (type instanceof UnionModel) {
            UnionModel u = (UnionModel) type;
            List<UnionModel.Variant> variants = new ArrayList<>();
            for (UnionModel.Variant v : u.variants()) {
                variants.add(new UnionModel.Variant(renamed(v.type(), replaced), v.wrapperName(),
                        v.discriminatorValues(), v.requiredNames(), v.declaredNames()));
            }
            return new UnionModel(u.className(), u.schemaPointer(), u.docs(), variants, u.discriminator());
        }
        if (type instanceof ViewModel) {
            ViewModel v = (ViewModel) type;
            return new ViewModel(v.className(), v.schemaPointer(), v.docs(), v.baseClass(),
                    properties(v.properties(), replaced));
        }
        return type;
    }

    private static List<PropertyModel> properties(List<PropertyModel> properties, Map<String, String> replaced) {
        List<PropertyModel> result = new ArrayList<>(properties.size());
        for (PropertyModel p : properties) {
            result.add(new PropertyModel(p.wireName(), p.javaName(), renamed(p.type(), replaced), p.required(),
                    p.nullable(), p.secret(), p.docs(), p.preset(), p.constraints()));
        }
        return result;
    }

    private static TypeRef renamed(TypeRef type, Map<String, String> replaced) {
        if (type instanceof TypeRef.Named) {
            String to = replaced.get(((TypeRef.Named) type).className());
            return to == null ? type : new TypeRef.Named(to);
        }
        if (type instanceof TypeRef.ListOf) {
            TypeRef.ListOf list = (TypeRef.ListOf) type;
            return new TypeRef.ListOf(renamed(list.element(), replaced), list.elementNullable(), list.unique());
        }
        if (type instanceof TypeRef.MapOf) {
            TypeRef.MapOf map = (TypeRef.MapOf) type;
            return new TypeRef.MapOf(renamed(map.value(), replaced), map.valueNullable());
        }
        return type;
    }
}
