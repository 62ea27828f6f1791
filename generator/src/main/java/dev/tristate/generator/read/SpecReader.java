package dev.tristate.generator.read;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.Problem;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIResolver;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a spec: the file as written (for locations and keywords Swagger Parser drops) and Swagger Parser's
 * resolved object model. Swagger Parser's own messages become located warnings: many real specs carry some, and
 * only what stops generation (reported by {@link ModelReader}) fails the build.
 */
public final class SpecReader {

    private static final Pattern ATTRIBUTE = Pattern.compile("attribute ([^ ]+)");

    /**
     * The spec as read, ready for {@link ModelReader}.
     *
     * @param source the root document
     * @param documents every file read: the root first, then each file reached through a {@code $ref}
     */
    public record ReadSpec(SourceDocument source, List<SourceDocument> documents, OpenAPI openApi,
            List<Problem> warnings) {}

    public ReadSpec read(Path specFile, String displayPath) throws GenerationException {
        if (!Files.isRegularFile(specFile)) {
            throw new GenerationException(new Problem(displayPath, 0, 0, "the spec file does not exist"));
        }
        SourceDocument source = SourceDocument.read(specFile, displayPath);
        if (!source.root().isObject() || !source.root().has("openapi")) {
            throw new GenerationException(source.problemAt("",
                    "not an OpenAPI 3 document: the top level needs an 'openapi' field such as 'openapi: 3.1.0'"));
        }
        List<SourceDocument> documents = ReferencedFiles.collect(source);
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = parse(specFile, source);
        List<Problem> warnings = new ArrayList<>();
        if (result.getMessages() != null) {
            for (String message : result.getMessages()) {
                warnings.add(source.problemAt(pointerOf(message), message));
            }
        }
        if (result.getOpenAPI() == null) {
            throw new GenerationException(warnings.isEmpty()
                    ? List.of(source.problemAt("", "Swagger Parser could not read the document"))
                    : warnings);
        }
        return new ReadSpec(source, documents, result.getOpenAPI(), warnings);
    }

    /**
     * Swagger Parser's model of the tree already read: {@code readLocation} would read and parse the file a second
     * time (a third of the whole run on a large spec). External references are resolved the 3.0 way for every
     * version: each referenced schema becomes a component with its own name, where 3.1's dereferencer would inline
     * it and the class would be named after the place it is used.
     */
    private static SwaggerParseResult parse(Path specFile, SourceDocument source) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String location = specFile.toAbsolutePath().toUri().toString();
        SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(location, source.root(), options);
        if (result.getOpenAPI() != null) {
            new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
        }
        return result;
    }

    /** Swagger Parser names places as dotted paths ("attribute components.schemas.Pet.type ..."). */
    private static String pointerOf(String message) {
        Matcher matcher = ATTRIBUTE.matcher(message);
        if (!matcher.find()) {
            return "";
        }
        return "/" + matcher.group(1).replace("~", "~0").replace("/", "~1").replace('.', '/');
    }
}
