package dev.tristate.generator.docs;

import dev.tristate.generator.model.PropertyModel;
import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.naming.ScalarNames;
import java.util.function.Function;

/**
 * The Type column: the Java type a property's getter returns under the contract ({@code String},
 * {@code Optional<String>}, {@code JsonNullable<OffsetDateTime>}), with every generated type linked to its page.
 * Written with {@code &lt;}/{@code &gt;} so that Markdown does not take {@code <String>} for an HTML tag. Kept in
 * step with the emitter's choices by DocsTest, which compares it with the getters of the generated classes.
 */
final class JavaTypeText {

    private final Function<String, String> pageOf;

    /** @param pageOf the page file name of a generated class name */
    JavaTypeText(Function<String, String> pageOf) {
        this.pageOf = pageOf;
    }

    /** The getter's return type as Markdown; in italics, as in the seeds, unless it holds a link. */
    String getter(PropertyModel property) {
        String value = of(property.type());
        String type;
        switch (property.presence()) {
            case REQUIRED:
                type = value;
                break;
            case OPTIONAL_NULLABLE:
                type = "JsonNullable&lt;" + value + "&gt;";
                break;
            default:
                type = "Optional&lt;" + value + "&gt;";
        }
        return type.contains("](") ? type : "*" + type + "*";
    }

    String of(TypeRef type) {
        if (type instanceof TypeRef.Scalar) {
            return ScalarNames.simpleName(((TypeRef.Scalar) type).kind());
        }
        if (type instanceof TypeRef.ListOf) {
            TypeRef.ListOf list = (TypeRef.ListOf) type;
            return (list.unique() ? "Set&lt;" : "List&lt;") + of(list.element()) + "&gt;";
        }
        if (type instanceof TypeRef.MapOf) {
            return "Map&lt;String, " + of(((TypeRef.MapOf) type).value()) + "&gt;";
        }
        String name = ((TypeRef.Named) type).className();
        return "[" + Markdown.literal(name) + "](" + pageOf.apply(name) + ")";
    }
}
