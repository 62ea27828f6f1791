package dev.tristate.generator.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names unique within one scope (a package, a class, an enum). The first claimant keeps a name, later
 * ones get a numeric suffix, so two wire names that map to one Java name both survive.
 * Uniqueness ignores case when asked to, because class names become file names and some file systems fold case.
 */
public final class NameAllocator {

    private final Set<String> taken = new HashSet<>();
    private final boolean ignoreCase;

    private NameAllocator(boolean ignoreCase) {
        this.ignoreCase = ignoreCase;
    }

    /** For class names, which must also be unique as file names on case-insensitive file systems. */
    public static NameAllocator forClasses() {
        return new NameAllocator(true);
    }

    /** For members of one class or one enum. */
    public static NameAllocator forMembers() {
        return new NameAllocator(false);
    }

    /** Marks a name as used without handing it out. */
    public NameAllocator reserve(String name) {
        taken.add(key(name));
        return this;
    }

    public String allocate(String preferred) {
        String name = preferred;
        for (int suffix = 2; !taken.add(key(name)); suffix++) {
            name = preferred + suffix;
        }
        return name;
    }

    private String key(String name) {
        return ignoreCase ? name.toLowerCase(Locale.ROOT) : name;
    }
}
