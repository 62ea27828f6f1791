package dev.tristate.generator.docs;

import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.TypeModel;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** {@code README.md}: every model and every enum, by name, with the first sentence of its description. */
final class IndexPage {

    private static final Comparator<TypeModel> BY_NAME = Comparator
            .comparing((TypeModel type) -> type.className().toLowerCase(Locale.ROOT))
            .thenComparing(TypeModel::className);

    private final Page page;

    IndexPage(Page page) {
        this.page = page;
    }

    String render(ApiModel model, String packageName) {
        StringBuilder out = new StringBuilder(2048);
        out.append("# ").append(model.title().isBlank() ? "Models" : Markdown.literal(model.title().strip()))
                .append("\n\n");
        out.append("The models of ").append(page.specName()).append(", generated as Java classes in ")
                .append(Markdown.code(packageName))
                .append(": one page per model, listing its fields with the Java type each getter returns, and one per")
                .append(" enum, listing its values.\n\n");
        section(out, "Models", "Model", model.types().stream().filter(t -> t instanceof ObjectModel)
                .sorted(BY_NAME).collect(Collectors.toList()));
        section(out, "Enums", "Enum", model.types().stream().filter(t -> t instanceof EnumModel)
                .sorted(BY_NAME).collect(Collectors.toList()));
        section(out, "Unions", "Union", model.types().stream()
                .filter(t -> t instanceof dev.tristate.generator.model.UnionModel)
                .sorted(BY_NAME).collect(Collectors.toList()));
        page.footer(out, false);
        return out.toString();
    }

    private static void section(StringBuilder out, String title, String column, List<TypeModel> types) {
        if (types.isEmpty()) {
            return;
        }
        out.append("## ").append(title).append("\n\n");
        Page.header(out, column, "Description");
        for (TypeModel type : types) {
            String sentence = Markdown.cell(Markdown.firstSentence(type.docs().description()));
            Page.row(out, "[" + Markdown.literal(type.className()) + "](" + MarkdownEmitter.pageName(type.className())
                    + ")", sentence.isEmpty() ? "N/A" : sentence);
        }
        out.append('\n');
    }
}
