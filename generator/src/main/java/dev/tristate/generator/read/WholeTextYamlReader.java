package dev.tristate.generator.read;

import java.io.StringReader;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * SnakeYAML's character source over a whole document held in memory. SnakeYAML's own reader keeps a window of
 * the text it has not consumed and copies all of it each time it reads 1,024 more characters; a scalar is consumed
 * only once it has been scanned to its end, so a 6 MB run of text without a blank or line break (a base64 example,
 * a data URI) was copied six thousand times: 10 to 20 seconds and over a gigabyte. A spec is read whole anyway, so
 * here every position is one array access. Behaves as SnakeYAML's reader does: the same line and column counting,
 * NUL past the end, and the same error for a character YAML does not allow.
 */
final class WholeTextYamlReader extends StreamReader {

    private final String name;
    private final int[] text;
    /** Where the first character YAML does not allow is, or the text's length. */
    private final int firstRefused;
    private int pointer;
    private int index;
    private int documentIndex;
    private int line;
    private int column;

    WholeTextYamlReader(String document, String name) {
        super(new StringReader(""));
        this.name = name;
        this.text = document.codePoints().toArray();
        int refused = 0;
        while (refused < text.length && isPrintable(text[refused])) {
            refused++;
        }
        this.firstRefused = refused;
    }

    /** Refused as SnakeYAML does, once the scanner reaches it, so the events before it are still given. */
    private void check(int at) {
        if (at >= firstRefused && firstRefused < text.length) {
            throw new ReaderException(name, firstRefused, text[firstRefused], "special characters are not allowed");
        }
    }

    @Override
    public Mark getMark() {
        return new Mark(name, index, line, column, text, pointer);
    }

    @Override
    public void forward() {
        forward(1);
    }

    @Override
    public void forward(int length) {
        for (int i = 0; i < length && pointer < text.length; i++) {
            check(pointer);
            int c = text[pointer++];
            index++;
            documentIndex++;
            if (Constant.LINEBR.has(c) || (c == '\r' && pointer < text.length && text[pointer] != '\n')) {
                line++;
                column = 0;
            } else if (c != 0xFEFF) {
                column++;
            }
        }
    }

    @Override
    public int peek() {
        return peek(0);
    }

    @Override
    public int peek(int offset) {
        int at = pointer + offset;
        check(at);
        return at < text.length ? text[at] : '\0';
    }

    @Override
    public String prefix(int length) {
        check(pointer + length - 1);
        return new String(text, pointer, Math.max(0, Math.min(length, text.length - pointer)));
    }

    /** As SnakeYAML's: only called for text without line breaks, so the column moves by the length. */
    @Override
    public String prefixForward(int length) {
        String prefix = prefix(length);
        pointer += length;
        index += length;
        documentIndex += length;
        column += length;
        return prefix;
    }

    @Override
    public int getColumn() {
        return column;
    }

    @Override
    public int getDocumentIndex() {
        return documentIndex;
    }

    @Override
    public void resetDocumentIndex() {
        documentIndex = 0;
    }

    @Override
    public int getIndex() {
        return index;
    }

    @Override
    public int getLine() {
        return line;
    }
}
