package dev.tristate.generator.docs;

import dev.tristate.generator.model.Docs;
import dev.tristate.generator.model.ObjectModel;
import dev.tristate.generator.model.PropertyModel;
import java.util.ArrayList;
import java.util.List;

/** The page of an object schema: title, description, examples, and the Fields table. */
final class ObjectPage {

    /** The Required column's legend, on every page that has the column. */
    static final String LEGEND = "Required: :heavy_check_mark: always present, never `null` · "
            + ":heavy_check_mark: (nullable) always present, may be `null` · "
            + ":heavy_minus_sign: may be absent, never `null` · "
            + ":heavy_minus_sign: (nullable) may be absent or `null`.";

    private final Page page;
    private final JavaTypeText types = new JavaTypeText(MarkdownEmitter::pageName);

    ObjectPage(Page page) {
        this.page = page;
    }

    String render(ObjectModel object) {
        StringBuilder out = new StringBuilder(4096);
        page.head(out, object.className(), object.docs());
        page.examples(out, object.docs().examples());
        out.append("## Fields\n\n");
        if (object.properties().isEmpty()) {
            out.append("The schema declares no properties.\n\n");
        } else {
            out.append(LEGEND).append("\n\n");
            Page.header(out, "Field", "Type", "Required", "Description", "Example");
            for (PropertyModel property : object.properties()) {
                Page.row(out, Markdown.code(property.wireName()), types.getter(property), required(property),
                        description(property), example(property.docs()));
            }
            out.append('\n');
        }
        out.append("Properties the schema does not declare are kept when read and written back unchanged "
                + "(`getAdditionalProperties()`).\n\n");
        page.footer(out, true);
        return out.toString();
    }

    static String required(PropertyModel property) {
        switch (property.presence()) {
            case REQUIRED:
                return ":heavy_check_mark:";
            case REQUIRED_NULLABLE:
                return ":heavy_check_mark: (nullable)";
            case OPTIONAL:
                return ":heavy_minus_sign:";
            case OPTIONAL_NULLABLE:
            default:
                return ":heavy_minus_sign: (nullable)";
        }
    }

    private static String description(PropertyModel property) {
        String description = Markdown.cell(property.docs().description());
        if (property.docs().deprecated()) {
            description = ":warning: **Deprecated.**" + (description.isEmpty() ? "" : " " + description);
        }
        if (property.secret()) {
            String secret = "**Secret:** `toString()` shows `****`.";
            description = description.isEmpty() ? secret : description + "<br>" + secret;
        }
        return description.isEmpty() ? "N/A" : description;
    }

    /** Each example: a string as its text, anything else as its JSON. */
    private static String example(Docs docs) {
        List<String> cells = new ArrayList<>();
        for (String example : docs.examples()) {
            cells.add(Markdown.literal(JsonText.stringValue(example).orElse(example)));
        }
        return String.join("<br>", cells);
    }
}
