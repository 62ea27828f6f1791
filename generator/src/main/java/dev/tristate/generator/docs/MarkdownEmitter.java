package dev.tristate.generator.docs;

import dev.tristate.generator.emit.GeneratedFile;
import dev.tristate.generator.model.ApiModel;
import dev.tristate.generator.model.EnumModel;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.TypeModel;
import dev.tristate.generator.model.UnionModel;
import dev.tristate.generator.model.ViewModel;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Markdown documentation of the models, in the form of the SDK docs Tristate imitates: one page per type
 * ({@code <ClassName>.md}: title, description, example, a Fields table, or for an enum its values) and an index,
 * {@code README.md}. Rendered from the intermediate model alone; same model, same bytes (no dates).
 */
public final class MarkdownEmitter {

    /** The index page's file name. */
    public static final String INDEX = "README.md";

    private final ApiModel model;
    private final String packageName;
    private final Page page;

    /**
     * @param model what to document
     * @param packageName the Java package the classes are generated in, named on the index page
     */
    public MarkdownEmitter(ApiModel model, String packageName) {
        this.model = model;
        this.packageName = packageName;
        this.page = new Page(model);
    }

    /** Every page: one per type in the model's order, then the index. */
    public void emitAll(Consumer<GeneratedFile> sink) {
        for (TypeModel type : model.types()) {
            if (!(type instanceof ViewModel)) {
                sink.accept(emit(type));
            }
        }
        sink.accept(index());
    }

    /** The page of one type. */
    public GeneratedFile emit(TypeModel type) {
        String text = type instanceof ObjectModel ? new ObjectPage(page).render((ObjectModel) type)
                : type instanceof UnionModel ? new UnionPage(page).render((UnionModel) type)
                : new EnumPage(page).render((EnumModel) type);
        return new GeneratedFile(Path.of(pageName(type.className())), text);
    }

    /** The index page, listing every model and enum with the first sentence of its description. */
    public GeneratedFile index() {
        return new GeneratedFile(Path.of(INDEX), new IndexPage(page).render(model, packageName));
    }

    /**
     * The file name of a type's page: {@code <ClassName>.md}, except for a class that would take the index's name
     * ({@code README}, in any case, since file systems may ignore it), whose page is {@code <ClassName>-model.md}.
     * A Java class name never holds a {@code -}, so that cannot clash either.
     */
    public static String pageName(String className) {
        return className.equalsIgnoreCase("README") ? className + "-model.md" : className + ".md";
    }
}
