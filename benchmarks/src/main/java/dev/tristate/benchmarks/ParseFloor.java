package dev.tristate.benchmarks;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;

/**
 * The floor: Swagger Parser alone reading a spec with the options Tristate uses (resolve, no full resolution, and
 * YAML up to Tristate's 64 Mi code points instead of SnakeYAML's 3 Mi, which stripe.yaml exceeds).
 */
public final class ParseFloor {

    private ParseFloor() {}

    public static void main(String[] args) {
        // Swagger Parser reads its YAML limit from this system property only.
        if (System.getProperty("maxYamlCodePoints") == null) {
            System.setProperty("maxYamlCodePoints", Integer.toString(64 * 1024 * 1024));
        }
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser().readLocation(Path.of(args[0]).toUri().toString(), null,
                options);
        if (result.getOpenAPI() == null) {
            System.err.println("not read: " + result.getMessages());
            System.exit(1);
        }
        int schemas = result.getOpenAPI().getComponents() == null
                || result.getOpenAPI().getComponents().getSchemas() == null
                ? 0 : result.getOpenAPI().getComponents().getSchemas().size();
        System.out.println("schemas " + schemas);
    }
}
