package dev.tristate.generator.docs;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spec text on a Markdown page: formatting kept, tables intact, no HTML from the spec. */
class MarkdownTest {

    @Test
    void cellEscapesPipesHtmlAndLineBreaks() {
        assertThat(Markdown.cell("a | b\nc <script>alert(1)</script>\n\nnext paragraph"))
                .isEqualTo("a \\| b c &lt;script&gt;alert(1)&lt;/script&gt;<br><br>next paragraph");
        assertThat(Markdown.cell("  \r\n  ")).isEmpty();
        assertThat(Markdown.cell("tab\tand\u0007bell")).isEqualTo("tab\tand bell");
    }

    @Test
    void cellKeepsMarkdownAndCodeSpans() {
        assertThat(Markdown.cell("**bold** and `code | with pipe` and [link](https://example.com)"))
                .isEqualTo("**bold** and `code \\| with pipe` and [link](https://example.com)");
        // A code span holding < or > becomes HTML <code> with its text escaped: no raw < from the spec.
        assertThat(Markdown.cell("a `List<String>` b")).isEqualTo("a <code>List&lt;String&gt;</code> b");
        // An unmatched backtick is literal, so what follows is escaped as text.
        assertThat(Markdown.cell("a ` <b>")).isEqualTo("a ` &lt;b&gt;");
        // A backslash-escaped < is shown as <, never as HTML.
        assertThat(Markdown.cell("\\<i>")).isEqualTo("&lt;i&gt;");
    }

    @Test
    void noRawAngleBracketFromTheSpecWhateverTheBackticks() {
        String[] hostile = {
            "x `\n`<script>` y",
            "a `b\n\n<script>` c",
            "``<img src=x onerror=alert(1)>``",
            "\\`<script>`",
            "`` ` <a> ``",
            "<!-- comment --> <https://example.com>",
        };
        for (String text : hostile) {
            assertThat(Markdown.cell(text)).as(text).doesNotContain("<script", "<img", "<!--", "<a", "<https");
            assertThat(Markdown.block(text)).as(text).doesNotContain("<script", "<img", "<!--", "<a", "<https");
        }
    }

    @Test
    void blockKeepsParagraphsAndFencesAndClosesAnOpenFence() {
        assertThat(Markdown.block("First.\n\nSecond <b>line</b>."))
                .isEqualTo("First.\n\nSecond &lt;b&gt;line&lt;/b&gt;.");
        assertThat(Markdown.block("Text\n```\ncode here\n```\nafter"))
                .isEqualTo("Text\n```\ncode here\n```\nafter");
        assertThat(Markdown.block("Text\n```json\n{\"a\": 1}"))
                .as("an unclosed fence is closed, so it cannot swallow the rest of the page")
                .isEqualTo("Text\n```json\n{\"a\": 1}\n```");
        assertThat(Markdown.block("```\n<script>alert(1)</script>\n```\nafter <b>"))
                .isEqualTo("<pre><code>&lt;script&gt;alert(1)&lt;/script&gt;</code></pre>\nafter &lt;b&gt;");
    }

    @Test
    void literalShowsDataAsWritten() {
        assertThat(Markdown.literal("<value>")).isEqualTo("&lt;value&gt;");
        assertThat(Markdown.literal("*not bold* [not](link) a|b `x`"))
                .isEqualTo("\\*not bold\\* \\[not\\](link) a\\|b \\`x\\`");
        assertThat(Markdown.literal("bad_credentials _x_")).isEqualTo("bad_credentials \\_x\\_");
        assertThat(Markdown.literal("two\nlines & more")).isEqualTo("two<br>lines &amp; more");
    }

    @Test
    void codeSpansFitTheirContent() {
        assertThat(Markdown.code("user_id")).isEqualTo("`user_id`");
        assertThat(Markdown.code("a|b")).isEqualTo("`a\\|b`");
        assertThat(Markdown.code("a`b")).isEqualTo("``a`b``");
        assertThat(Markdown.code("`x")).isEqualTo("`` `x ``");
        assertThat(Markdown.code("")).isEqualTo("*(empty string)*");
        assertThat(Markdown.code("<script>")).isEqualTo("<code>&lt;script&gt;</code>");
        assertThat(Markdown.code("two\nlines")).isEqualTo("`two lines`");
    }

    @Test
    void firstSentenceStopsAtASentenceEnd() {
        assertThat(Markdown.firstSentence("The ID. More text.")).isEqualTo("The ID.");
        assertThat(Markdown.firstSentence("If available (e.g. the subdomain) it is. Next."))
                .isEqualTo("If available (e.g. the subdomain) it is.");
        assertThat(Markdown.firstSentence("If available (e.g. Salesforce has IDs. Like this.) it is. Next."))
                .isEqualTo("If available (e.g. Salesforce has IDs. Like this.) it is.");
        assertThat(Markdown.firstSentence("Use e.g. Java. Next.")).isEqualTo("Use e.g. Java.");
        assertThat(Markdown.firstSentence("Kinds. <b>Open</b>")).isEqualTo("Kinds.");
        assertThat(Markdown.firstSentence("Version 1.2 is out! Yes.")).isEqualTo("Version 1.2 is out!");
        assertThat(Markdown.firstSentence("No end")).isEqualTo("No end");
        assertThat(Markdown.firstSentence("First paragraph\n\nSecond.")).isEqualTo("First paragraph");
        assertThat(Markdown.firstSentence("")).isEmpty();
    }

    @Test
    void jsonIsIndentedTokenForToken() {
        assertThat(JsonText.pretty("{\"a\":[1,2],\"b\":{},\"c\":[],\"d\":\"x,{y}:\\\"z\\\"\"}")).isEqualTo(
                "{\n  \"a\": [\n    1,\n    2\n  ],\n  \"b\": {},\n  \"c\": [],\n  \"d\": \"x,{y}:\\\"z\\\"\"\n}");
        assertThat(JsonText.pretty("\"plain\"")).isEqualTo("\"plain\"");
        assertThat(JsonText.stringValue("\"a\\\"b\\u0041\"")).hasValue("a\"bA");
        assertThat(JsonText.stringValue("[\"a\"]")).isEmpty();
        assertThat(JsonText.stringValue("42")).isEmpty();
    }
}
