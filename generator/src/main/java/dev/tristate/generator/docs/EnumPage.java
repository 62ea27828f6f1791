package dev.tristate.generator.docs;

import dev.tristate.generator.emit.LargeEnums;
import dev.tristate.generator.model.EnumModel;

/** The page of an enum: title, description, examples, and every value with its Java constant. */
final class EnumPage {

    private final Page page;

    EnumPage(Page page) {
        this.page = page;
    }

    String render(EnumModel enumModel) {
        StringBuilder out = new StringBuilder(2048);
        page.head(out, enumModel.className(), enumModel.docs());
        page.examples(out, enumModel.docs().examples());
        out.append("## Values\n\n");
        out.append("An open enum: a value not listed here is kept as it was read and written back unchanged; "
                + (LargeEnums.isLarge(enumModel)
                        ? "`isKnown()` returns `false` for it (with this many values there is no `known()`).\n\n"
                        : "`isKnown()` returns `false` for it, and `known()` returns `Known.UNRECOGNIZED`.\n\n"));
        Page.header(out, "Value", "Java constant");
        for (EnumModel.EnumConstant constant : enumModel.constants()) {
            Page.row(out, Markdown.code(constant.wireValue()),
                    Markdown.code(enumModel.className() + "." + constant.javaName()));
        }
        out.append('\n');
        page.footer(out, true);
        return out.toString();
    }
}
