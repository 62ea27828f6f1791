package dev.tristate.generator.read;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.yaml.snakeyaml.parser.ParserImpl;

/**
 * Jackson's YAML factory, reading each document through {@link WholeTextYamlReader}, so the time to read YAML grows
 * with its size however long its lines are. Only parsing from bytes is changed: that is how specs are read.
 */
final class WholeTextYamlFactory extends YAMLFactory {
    private static final long serialVersionUID = 1L;

    WholeTextYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    @Override
    protected YAMLParser _createParser(byte[] data, int offset, int len, IOContext ctxt) throws IOException {
        String text;
        if (len >= 2 && (data[offset] & 0xFF) == 0xFE && (data[offset + 1] & 0xFF) == 0xFF) {
            // YAML may be UTF-16 when it starts with a byte order mark; Jackson reads YAML bytes as UTF-8 only.
            text = new String(data, offset + 2, len - 2, StandardCharsets.UTF_16BE);
        } else if (len >= 2 && (data[offset] & 0xFF) == 0xFF && (data[offset + 1] & 0xFF) == 0xFE) {
            text = new String(data, offset + 2, len - 2, StandardCharsets.UTF_16LE);
        } else {
            StringWriter decoded = new StringWriter(len);
            try (Reader reader = _createReader(data, offset, len, null, ctxt)) {
                reader.transferTo(decoded);
            }
            text = decoded.toString();
        }
        ParserImpl events = new ParserImpl(new WholeTextYamlReader(text, "'reader'"), _loaderOptions);
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, events);
    }

    /** Jackson's parser over the given SnakeYAML events; its constructor that takes them is protected. */
    private static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, ParserImpl events) {
            super(ctxt, parserFeatures, yamlFeatures, null, new StringReader(""), events);
        }
    }
}
