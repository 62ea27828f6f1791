package dev.tristate.generator.docs;

import dev.tristate.generator.model.TypeRef;
import dev.tristate.generator.model.UnionModel;

/** The page of a union: title, description, examples, and every variant with the Java type that holds it. */
final class UnionPage {

    private final Page page;
    private final JavaTypeText types = new JavaTypeText(MarkdownEmitter::pageName);

    UnionPage(Page page) {
        this.page = page;
    }

    String render(UnionModel union) {
        StringBuilder out = new StringBuilder(2048);
        page.head(out, union.className(), union.docs());
        page.examples(out, union.docs().examples());
        out.append("## Variants\n\n");
        out.append("A sealed interface: a value is one of these, or `").append(union.className())
                .append(".Unknown` holding JSON that none of them reads, written back unchanged.");
        if (!union.discriminator().isEmpty()) {
            out.append(" The property ").append(Markdown.code(union.discriminator()))
                    .append(" names the variant; without it the shape of the JSON decides.");
        }
        out.append("\n\n");
        Page.header(out, "Variant", "Holds", "Selected by");
        for (UnionModel.Variant variant : union.variants()) {
            String name = variant.wrapped()
                    ? Markdown.code(union.className() + "." + variant.wrapperName())
                    : types.of(variant.type());
            String selectedBy = variant.discriminatorValues().isEmpty() ? "its shape"
                    : Markdown.code(union.discriminator()) + " = "
                            + String.join(", ", variant.discriminatorValues().stream().map(Markdown::code).toList());
            Page.row(out, name, variant.type() instanceof TypeRef.Named && !variant.wrapped() ? "its properties"
                    : types.of(variant.type()), selectedBy);
        }
        out.append('\n');
        page.footer(out, true);
        return out.toString();
    }
}
