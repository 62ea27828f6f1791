package dev.tristate.generator.model;

import java.util.List;

/**
 * Everything one spec asks to generate, already decided: Java names, types, required and nullable. Emitters only
 * translate this into source; they never look at the spec again.
 *
 * @param title the spec's {@code info.title}
 * @param version the spec's {@code info.version}, quoted in the Javadoc of every generated type
 * @param types the types to generate, in a stable order
 */
public record ApiModel(String title, String version, List<TypeModel> types) {

    public ApiModel {
        types = List.copyOf(types);
    }
}
