package dev.tristate.generator.read;

import dev.tristate.generator.model.Constraints;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;
import java.util.List;

/**
 * A union as read, before the classes it names are all known: whether a variant is an object class (which
 * implements the union) or needs a wrapper can only be told once every component is defined.
 *
 * @param index where the union sits in the model's list of types
 */
record UnionDraft(int index, UnionModel union, List<Option> options) {

    /**
     * One alternative: its type, the discriminator values that select it, and what its value must satisfy (null
     * when constraints are not read).
     *
     * @param pointer where the alternative is, for a warning about it
     */
    record Option(TypeRef type, List<String> discriminatorValues, Constraints constraints, String pointer) {}
}
