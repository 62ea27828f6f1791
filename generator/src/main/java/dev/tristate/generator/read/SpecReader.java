package dev.tristate.generator.read;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.Problem;
import com.fasterxml.jackson.databind.JsonNode;
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
 * Reads a spec: the files as written (for locations and keywords Swagger Parser drops) and Swagger Parser's
 * resolved object model. Every reference is checked against the {@link RefPolicy} and every file it reaches is read
 * and checked before Swagger Parser runs, so Swagger Parser never reads a refused file, never fetches a refused
 * URL, and never meets a reference it would stop on with an exception. Swagger Parser's own messages become
 * located warnings: many real specs carry some, and only what stops generation fails the build.
 */
public final class SpecReader {

    private static final Pattern SUPPORTED_VERSION = Pattern.compile("3\\.[01](\\.\\d+)?(-[0-9A-Za-z.-]+)?");
    private static final Pattern ATTRIBUTE = Pattern.compile("attribute ([^ ]+)");

    private final RefPolicy policy;

    /** Reads with the default policy: files below the root document's folder, nothing remote. */
    public SpecReader() {
        this(RefPolicy.defaults());
    }

    public SpecReader(RefPolicy policy) {
        this.policy = policy;
    }

    /**
     * The spec as read, ready for {@link ModelReader}.
     *
     * @param source the root document
     * @param documents every file read: the root first, then each file reached through a {@code $ref}
     * @param errors problems found while reading that do not stop modelling, reported with the model's own
     *     (see {@link #model})
     */
    public record ReadSpec(SourceDocument source, List<SourceDocument> documents, OpenAPI openApi,
            List<Problem> warnings, List<Problem> errors) {}

    public ReadSpec read(Path specFile, String displayPath) throws GenerationException {
        if (!Files.isRegularFile(specFile)) {
            throw new GenerationException(new Problem(displayPath, 0, 0, "the spec file does not exist"));
        }
        SourceDocument source = SourceDocument.read(specFile, displayPath);
        checkVersion(source);
        List<Problem> shape = DocumentShape.check(source);
        if (!shape.isEmpty()) {
            throw new GenerationException(ProblemOrder.sorted(List.of(source), shape));
        }
        ReferencedFiles.Result references = ReferencedFiles.collect(source, policy);
        Documents documents = new Documents(references.documents());
        List<Documents.Site> schemas = SchemaSites.reachable(documents);
        List<Problem> errors = new ArrayList<>(references.inRoot());
        List<Problem> checkWarnings = new ArrayList<>();
        SchemaKeywords.check(schemas, errors, checkWarnings);
        // Schemas outside components.schemas were not modelled before issue 13: what they get wrong is a warning.
        List<Problem> outsideErrors = new ArrayList<>();
        SchemaKeywords.check(SchemaSites.outsideComponents(documents, schemas), outsideErrors, checkWarnings);
        outsideErrors.forEach(p -> checkWarnings.add(new Problem(p.file(), p.line(), p.column(), p.message()
                + "; the keyword is ignored here, outside components.schemas")));
        List<Problem> chains = RefChains.tooLong(documents, schemas);
        if (!references.blocking().isEmpty() || !chains.isEmpty()) {
            List<Problem> all = new ArrayList<>(references.blocking());
            all.addAll(chains);
            all.addAll(errors);
            throw new GenerationException(ProblemOrder.sorted(references.documents(), all));
        }
        SwaggerParseResult result;
        try {
            result = parse(specFile, source, references.documents());
        } catch (GenerationException e) {
            // Swagger Parser stops on some shapes the checks report (a $ref that is not a string); theirs is the
            // message that names the place and the fix.
            if (errors.isEmpty()) {
                throw e;
            }
            throw new GenerationException(ProblemOrder.sorted(references.documents(), errors));
        }
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
        warnings.addAll(checkWarnings);
        references.documents().forEach(document -> warnings.addAll(document.warnings()));
        return new ReadSpec(source, references.documents(), result.getOpenAPI(), warnings, errors);
    }

    /** Swagger Parser reads 3.0 and 3.1; of anything else it says only that it could not read the document. */
    private static void checkVersion(SourceDocument source) throws GenerationException {
        JsonNode root = source.root();
        if (root.isObject() && !root.has("openapi") && root.has("swagger")) {
            throw new GenerationException(source.problemAt("/swagger", "this is a Swagger " + root.get("swagger")
                    .asText() + " document; Tristate reads OpenAPI 3.0 and 3.1: convert it first (for example with"
                    + " swagger2openapi or Swagger Editor's 'Convert to OpenAPI 3')"));
        }
        if (!root.isObject() || !root.has("openapi")) {
            throw new GenerationException(source.problemAt("",
                    "not an OpenAPI 3 document: the top level needs an 'openapi' field such as 'openapi: 3.1.0'"));
        }
        JsonNode openapi = root.get("openapi");
        if (openapi.isNumber()) {
            // YAML reads 3.1 unquoted as a number, and a number loses what a version says (3.10 is 3.1).
            throw new GenerationException(source.problemAt("/openapi", "'openapi' must be a version in a string,"
                    + " such as '3.1.0'; found the number " + openapi.asText() + ": quote it"));
        }
        if (!openapi.isValueNode() || !SUPPORTED_VERSION.matcher(openapi.asText()).matches()) {
            String shown = openapi.isValueNode() ? Quoted.of(openapi.asText()) : SchemaKeywords.kind(openapi);
            throw new GenerationException(source.problemAt("/openapi", "OpenAPI version " + shown
                    + " is not supported; Tristate reads OpenAPI 3.0.x and 3.1.x documents"
                    + (openapi.asText().startsWith("2") ? " (convert a Swagger 2.0 document first)" : "")));
        }
    }

    /**
     * The model of a read spec, or, when anything is wrong, every problem found reading and modelling it, together
     * and in file order.
     */
    public static ModelReader.Result model(ReadSpec spec) throws GenerationException {
        return model(spec, false);
    }

    /** As {@link #model(ReadSpec)}, reading Bean Validation constraints when asked (beanValidation). */
    public static ModelReader.Result model(ReadSpec spec, boolean constraints) throws GenerationException {
        ModelReader.Result result;
        try {
            result = ModelReader.read(spec, constraints);
        } catch (GenerationException e) {
            if (spec.errors().isEmpty()) {
                // One line per problem, however many places lead the model to it.
                throw new GenerationException(ProblemOrder.sorted(spec.documents(), e.problems()));
            }
            List<Problem> all = new ArrayList<>(spec.errors());
            all.addAll(alsoFoundByChecks(spec, e.problems()));
            throw new GenerationException(ProblemOrder.sorted(spec.documents(), all));
        } catch (RuntimeException e) {
            // Modelling assumes the shapes the checks above report when they are wrong; a spec with such an error
            // may make it stop, and the error is what the user needs to see.
            if (!spec.errors().isEmpty()) {
                throw new GenerationException(ProblemOrder.sorted(spec.documents(), spec.errors()));
            }
            throw new GenerationException(spec.source().problemAt("", "Tristate failed to model this document"
                    + " (an internal error, not a problem of the spec); please report it with the document"));
        } catch (StackOverflowError e) {
            // The read checks bound what they know to recurse; this keeps anything they miss a located error.
            throw new GenerationException(spec.source().problemAt("", "the spec nests schemas or references too"
                    + " deeply for Tristate to model; run with a larger thread stack (-Xss) or flatten it"));
        }
        if (!spec.errors().isEmpty()) {
            throw new GenerationException(ProblemOrder.sorted(spec.documents(), spec.errors()));
        }
        return result;
    }

    /**
     * The model's problems less those the checks found in another file. The model knows a schema from another file
     * only as the component Swagger Parser made of it, so it could locate the problem only somewhere in the root
     * document, where the user would look in vain.
     */
    private static List<Problem> alsoFoundByChecks(ReadSpec spec, List<Problem> modelProblems) {
        String root = spec.source().displayPath();
        java.util.Set<String> elsewhere = new java.util.HashSet<>();
        spec.errors().stream().filter(p -> !p.file().equals(root)).forEach(p -> elsewhere.add(p.message()));
        List<Problem> kept = new ArrayList<>();
        for (Problem problem : modelProblems) {
            if (!(problem.file().equals(root) && elsewhere.contains(problem.message()))) {
                kept.add(problem);
            }
        }
        return kept;
    }

    /**
     * Swagger Parser's model of the tree already read: {@code readLocation} would read and parse the file a second
     * time (a third of the whole run on a large spec). External references are resolved the 3.0 way for every
     * version: each referenced schema becomes a component with its own name, where 3.1's dereferencer would inline
     * it and the class would be named after the place it is used.
     */
    private static SwaggerParseResult parse(Path specFile, SourceDocument source, List<SourceDocument> documents)
            throws GenerationException {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        String location = specFile.toAbsolutePath().toUri().toString();
        try {
            SwaggerParseResult result = new OpenAPIV3Parser().parseJsonNode(location, source.root(), options);
            if (result.getOpenAPI() != null) {
                new OpenAPIResolver(result.getOpenAPI(), new ArrayList<>(), location, null, options).resolve(result);
            }
            return result;
        } catch (RuntimeException e) {
            // What the checks above cannot foresee, such as an allowed remote document that cannot be fetched.
            throw new GenerationException(ParserFailure.problem(documents, e));
        }
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
