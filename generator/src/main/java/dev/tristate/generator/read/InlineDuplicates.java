package dev.tristate.generator.read;

import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;
import dev.tristate.generator.model.ViewModel;
import dev.tristate.generator.naming.NameAllocator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
        return fold(types, Map.of(), NameAllocator.forClasses());
    }

    /**
     * @param preferred inline class → the name it asked for (before a number kept it apart from another)
     * @param names the allocator every class name came from, for the neutral names of folded classes
     */
    static List<TypeModel> fold(List<TypeModel> types, Map<String, String> preferred, NameAllocator names) {
        Map<String, String> wanted = new HashMap<>(preferred);
        List<TypeModel> current = types;
        while (true) {
            Map<Object, List<String>> groups = new LinkedHashMap<>();
            for (TypeModel type : current) {
                Object key = contentOf(type);
                if (key != null) {
                    groups.computeIfAbsent(key, k -> new ArrayList<>()).add(type.className());
                }
            }
            Map<String, String> replaced = new HashMap<>();
            Set<String> takesNewName = new HashSet<>();
            for (List<String> group : groups.values()) {
                if (group.size() < 2) {
                    continue;
                }
                String kept = keptName(group, wanted, names);
                wanted.put(kept, kept);
                if (!group.contains(kept)) {
                    takesNewName.add(group.get(0));
                }
                for (String member : group) {
                    if (!member.equals(kept)) {
                        replaced.put(member, kept);
                    }
                }
            }
            if (replaced.isEmpty()) {
                return current;
            }
            List<TypeModel> next = new ArrayList<>(current.size());
            for (TypeModel type : current) {
                if (!replaced.containsKey(type.className())) {
                    next.add(renamed(type, replaced));
                } else if (takesNewName.contains(type.className())) {
                    next.add(withName(renamed(type, replaced), replaced.get(type.className())));
                }
            }
            current = next;
        }
    }

    private static TypeModel withName(TypeModel type, String name) {
        if (type instanceof EnumModel) {
            EnumModel e = (EnumModel) type;
            return new EnumModel(name, e.schemaPointer(), e.docs(), e.constants(), e.integer());
        }
        if (type instanceof ObjectModel) {
            ObjectModel o = (ObjectModel) type;
            return new ObjectModel(name, o.schemaPointer(), o.docs(), o.properties(), o.interfaces(),
                    o.additionalValues(), o.additionalConstraints());
        }
        UnionModel u = (UnionModel) type;
        return new UnionModel(name, u.schemaPointer(), u.docs(), u.variants(), u.discriminator());
    }

    /**
     * The name of the one class a group of identical inline schemas becomes. When every place asked for the same
     * name, the first place's. Otherwise a name that fits every place, not the first one's: the words all the
     * names they asked for end with ({@code WebhookInstallationCreatedAction} and
     * {@code WebhookBranchProtectionRuleCreatedAction} → {@code CreatedAction}); a class of the group already so
     * named keeps it, another class so named makes it take a number. Without a common ending, the first place's.
     */
    private static String keptName(List<String> group, Map<String, String> wanted, NameAllocator names) {
        List<List<String>> words = new ArrayList<>();
        for (String member : group) {
            words.add(words(wanted.getOrDefault(member, member)));
        }
        if (words.stream().distinct().count() == 1) {
            return group.get(0);
        }
        List<String> first = words.get(0);
        int common = 0;
        while (common < first.size()) {
            String word = first.get(first.size() - 1 - common);
            int at = common;
            if (!words.stream().allMatch(w -> w.size() > at && w.get(w.size() - 1 - at).equals(word))) {
                break;
            }
            common++;
        }
        // A name cannot start with a digit: take one more word if every name has it ("Pet201Response").
        while (common > 0 && common < first.size() && Character.isDigit(first.get(first.size() - common).charAt(0))) {
            String word = first.get(first.size() - 1 - common);
            int at = common;
            if (!words.stream().allMatch(w -> w.size() > at && w.get(w.size() - 1 - at).equals(word))) {
                break;
            }
            common++;
        }
        if (common == 0 || Character.isDigit(first.get(first.size() - common).charAt(0))) {
            return group.get(0);
        }
        String neutral = String.join("", first.subList(first.size() - common, first.size()));
        for (String member : group) {
            if (member.equalsIgnoreCase(neutral)) {
                return member;
            }
        }
        return names.allocate(neutral);
    }

    /** {@code WebhookPullRequest201Response} → Webhook, Pull, Request, 201, Response. */
    static List<String> words(String className) {
        List<String> words = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= className.length(); i++) {
            if (i == className.length()) {
                words.add(className.substring(start));
                break;
            }
            char previous = className.charAt(i - 1);
            char c = className.charAt(i);
            boolean boundary = (Character.isUpperCase(c) && !Character.isUpperCase(previous))
                    || (Character.isDigit(c) != Character.isDigit(previous))
                    || (Character.isUpperCase(c) && i + 1 < className.length()
                            && Character.isLowerCase(className.charAt(i + 1)) && Character.isUpperCase(previous))
                    || c == '_' || previous == '_';
            if (boundary) {
                words.add(className.substring(start, i));
                start = i;
            }
        }
        words.removeIf(w -> w.isEmpty() || w.equals("_"));
        return words;
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
        if (type instanceof UnionModel) {
            UnionModel u = (UnionModel) type;
            return new UnionModel("", "", u.docs(), u.variants(), u.discriminator());
        }
        if (type instanceof ObjectModel && ((ObjectModel) type).interfaces().isEmpty()) {
            ObjectModel o = (ObjectModel) type;
            return new ObjectModel("", "", o.docs(), o.properties(), List.of(), o.additionalValues(),
                    o.additionalConstraints());
        }
        return null;
    }

    private static boolean isComponent(String pointer) {
        return pointer.startsWith(COMPONENT) && pointer.indexOf('/', COMPONENT.length()) < 0;
    }

    private static TypeModel renamed(TypeModel type, Map<String, String> replaced) {
        if (type instanceof ObjectModel) {
            ObjectModel o = (ObjectModel) type;
            List<String> interfaces = new ArrayList<>();
            for (String name : o.interfaces()) {
                String to = replaced.getOrDefault(name, name);
                if (!interfaces.contains(to)) {
                    interfaces.add(to);
                }
            }
            return new ObjectModel(o.className(), o.schemaPointer(), o.docs(), properties(o.properties(), replaced),
                    interfaces, renamed(o.additionalValues(), replaced), o.additionalConstraints());
        }
        if (type instanceof UnionModel) {
            UnionModel u = (UnionModel) type;
            List<UnionModel.Variant> variants = new ArrayList<>();
            for (UnionModel.Variant v : u.variants()) {
                variants.add(new UnionModel.Variant(renamed(v.type(), replaced), v.wrapperName(),
                        v.discriminatorValues(), v.requiredNames(), v.declaredNames(), v.constraints()));
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
