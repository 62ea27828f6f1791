package dev.tristate.openapigenerator;

import dev.tristate.generator.GenerationException;
import dev.tristate.generator.GenerationResult;
import dev.tristate.generator.Generator;
import dev.tristate.generator.GeneratorConfig;
import dev.tristate.generator.JacksonVersion;
import dev.tristate.generator.Problem;
import io.swagger.v3.oas.models.OpenAPI;
import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.openapitools.codegen.CliOption;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.CodegenType;
import org.openapitools.codegen.DefaultCodegen;
import org.openapitools.codegen.config.GlobalSettings;
import org.openapitools.codegen.meta.GeneratorMetadata;
import org.openapitools.codegen.meta.Stability;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tristate as an OpenAPI Generator generator, named {@code tristate} and found through {@code ServiceLoader}
 * ({@code META-INF/services/org.openapitools.codegen.CodegenConfig}).
 *
 * <p>OpenAPI Generator only hosts it. The generator has no templates of any kind (models, APIs, docs, tests,
 * supporting files), so OpenAPI Generator renders nothing; in {@link #processOpenAPI}, the first hook that sees the
 * whole configuration and runs before OpenAPI Generator writes anything, the adapter checks the options and calls
 * Tristate's own {@link Generator} on the spec file OpenAPI Generator was given. Tristate reads that file itself
 * (with its own reader, for line:col locations and the keywords Swagger Parser drops), models it and writes the
 * same Java files {@code tristate:generate} writes for the same spec and package, byte for byte.
 *
 * <p>What OpenAPI Generator itself still writes, with supporting files on: {@code .openapi-generator-ignore} (once,
 * when absent), {@code .openapi-generator/VERSION} and {@code .openapi-generator/FILES} (which lists only those,
 * not Tristate's files). Tristate keeps its own state in {@code .tristate/} below the output directory, to delete
 * files of schemas that no longer exist, as {@code tristate:generate} does.
 */
public class TristateCodegen extends DefaultCodegen {

    /** The {@code generatorName} / {@code -g} value. */
    public static final String NAME = "tristate";

    static final String DEFAULT_SOURCE_FOLDER = "src/main/java";
    /** Below the output directory: Tristate's record of what it wrote last (to delete stale files). */
    static final String STATE_FOLDER = ".tristate";

    // The java generator's options, by the names users already have in their configOptions.
    static final String SOURCE_FOLDER = CodegenConstants.SOURCE_FOLDER;
    static final String OPEN_API_NULLABLE = "openApiNullable";
    static final String SERIALIZATION_LIBRARY = CodegenConstants.SERIALIZATION_LIBRARY;
    static final String DATE_LIBRARY = "dateLibrary";
    static final String USE_BEAN_VALIDATION = "useBeanValidation";
    static final String PERFORM_BEAN_VALIDATION = "performBeanValidation";
    static final String SERIALIZABLE_MODEL = CodegenConstants.SERIALIZABLE_MODEL;
    static final String USE_ONE_OF_INTERFACES = "useOneOfInterfaces";
    static final String ADDITIONAL_MODEL_TYPE_ANNOTATIONS = "additionalModelTypeAnnotations";
    static final String ADDITIONAL_ENUM_TYPE_ANNOTATIONS = "additionalEnumTypeAnnotations";
    static final String USE_JAKARTA_EE = "useJakartaEe";
    static final String GENERATE_BUILDERS = "generateBuilders";
    // Tristate's own, under tristate:generate's names.
    static final String ALLOWED_REF_DIRECTORIES = "allowedRefDirectories";
    static final String ALLOW_REMOTE_REFS = "allowRemoteRefs";
    static final String JACKSON_VERSION = "jacksonVersion";
    static final String BEAN_VALIDATION = "beanValidation";
    /** openapi-generator's java and spring generators' switch to Jackson 3, honoured as jacksonVersion 3. */
    static final String USE_JACKSON_3 = "useJackson3";

    /**
     * Named under {@code org.openapitools}: the CLI's logging configuration shows only that category below ERROR, and
     * Tristate's warnings about the spec (constructs generated as Object, unknown formats) must reach the user.
     */
    private static final Logger LOGGER = LoggerFactory.getLogger("org.openapitools.codegen.tristate");

    /** The mappings as DefaultCodegen fills them; any difference was asked for by the user. */
    private final Map<String, Map<String, String>> defaultMappings = new LinkedHashMap<>();

    private String requestedLibrary;

    public TristateCodegen() {
        // Nothing for OpenAPI Generator to render: Tristate writes every file itself.
        modelTemplateFiles.clear();
        apiTemplateFiles.clear();
        modelDocTemplateFiles.clear();
        apiDocTemplateFiles.clear();
        modelTestTemplateFiles.clear();
        apiTestTemplateFiles.clear();
        supportingFiles.clear();
        templateDir = NAME;
        embeddedTemplateDir = NAME;
        outputFolder = "generated-code" + java.io.File.separator + NAME;
        generatorMetadata = GeneratorMetadata.newBuilder(generatorMetadata)
                .stability(Stability.BETA)
                .generationMessage("Tristate generates the Java models; OpenAPI Generator only hosts it.")
                .build();

        // Only options Tristate understands are declared (openapi-generator-maven-plugin passes a configOption on to
        // a generator only when the generator declares it), so config-help lists exactly these.
        cliOptions.clear();
        cliOptions.add(CliOption.newString(CodegenConstants.MODEL_PACKAGE,
                "Java package of every generated model (required; Tristate's packageName)."));
        cliOptions.add(CliOption.newString(SOURCE_FOLDER,
                "Source folder below the output directory the packages are written to.")
                .defaultValue(DEFAULT_SOURCE_FOLDER));
        cliOptions.add(CliOption.newBoolean(CodegenConstants.HIDE_GENERATION_TIMESTAMP,
                "Accepted, true or false: Tristate never writes a timestamp (reproducible output).", true));
        cliOptions.add(CliOption.newBoolean(OPEN_API_NULLABLE,
                "Only true: an optional nullable property is always a JsonNullable<T> (absent, null, value).", true));
        cliOptions.add(CliOption.newString(SERIALIZATION_LIBRARY,
                "Only jackson: the models carry Jackson annotations (2 or 3: see jacksonVersion).")
                .defaultValue("jackson"));
        cliOptions.add(CliOption.newString(DATE_LIBRARY,
                "Only java8: date-time is java.time.OffsetDateTime, date is java.time.LocalDate.").defaultValue("java8"));
        cliOptions.add(CliOption.newBoolean(USE_BEAN_VALIDATION,
                "Only false: required properties are enforced by the builders and on JSON reading.", false));
        cliOptions.add(CliOption.newBoolean(PERFORM_BEAN_VALIDATION, "Only false (see useBeanValidation).", false));
        cliOptions.add(CliOption.newBoolean(SERIALIZABLE_MODEL,
                "Only false: the models do not implement java.io.Serializable.", false));
        cliOptions.add(CliOption.newBoolean(USE_ONE_OF_INTERFACES,
                "Only false: oneOf/anyOf are generated as Object today.", false));
        cliOptions.add(CliOption.newString(ADDITIONAL_MODEL_TYPE_ANNOTATIONS,
                "Not supported: leave it unset (tristate:generate has no such option)."));
        cliOptions.add(CliOption.newString(ADDITIONAL_ENUM_TYPE_ANNOTATIONS,
                "Not supported: leave it unset (tristate:generate has no such option)."));
        cliOptions.add(CliOption.newBoolean(USE_JAKARTA_EE,
                "Accepted, true or false: the models use no Java EE / Jakarta EE types.", false));
        cliOptions.add(CliOption.newBoolean(GENERATE_BUILDERS,
                "Accepted, true or false: every model has builder() and toBuilder().", true));
        cliOptions.add(CliOption.newBoolean(CodegenConstants.ENUM_UNKNOWN_DEFAULT_CASE,
                "Accepted, true or false: Tristate's enums are always open (an unknown value is kept).", false));
        cliOptions.add(CliOption.newString(ALLOWED_REF_DIRECTORIES,
                "Folders, comma-separated, a $ref may read files from besides the spec's own (tristate:generate's "
                        + "allowedRefDirectories). Default: the current directory (where Maven was started)."));
        cliOptions.add(CliOption.newBoolean(ALLOW_REMOTE_REFS,
                "Let a $ref name an http(s) URL (tristate:generate's allowRemoteRefs). OpenAPI Generator has read "
                        + "the spec before Tristate checks it.", false));
        cliOptions.add(CliOption.newString(JACKSON_VERSION,
                "The Jackson line the models are written for, 2 or 3 (tristate:generate's jacksonVersion).")
                .defaultValue("2"));
        cliOptions.add(CliOption.newBoolean(USE_JACKSON_3,
                "As in the java and spring generators: true is jacksonVersion 3.", false));
        cliOptions.add(CliOption.newBoolean(BEAN_VALIDATION,
                "Jakarta Bean Validation constraints from the spec, right for nullable properties "
                        + "(tristate:generate's beanValidation).", false));

        defaultMappings.put("typeMappings", new LinkedHashMap<>(typeMapping()));
        defaultMappings.put("importMappings", new LinkedHashMap<>(importMapping()));
        defaultMappings.put("instantiationTypes", new LinkedHashMap<>(instantiationTypes()));
        defaultMappings.put("schemaMappings", new LinkedHashMap<>(schemaMapping()));
        defaultMappings.put("nameMappings", new LinkedHashMap<>(nameMapping()));
        defaultMappings.put("modelNameMappings", new LinkedHashMap<>(modelNameMapping()));
        defaultMappings.put("enumNameMappings", new LinkedHashMap<>(enumNameMapping()));
        defaultMappings.put("inlineSchemaNameMappings", new LinkedHashMap<>(inlineSchemaNameMapping()));
    }

    @Override
    public CodegenType getTag() {
        return CodegenType.OTHER;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public String getHelp() {
        return "Generates Java models with Tristate (immutable classes with builders; required, nullable and "
                + "absent kept apart; open enums; unknown properties kept). Models only: needs modelPackage and "
                + "generateApis=false.";
    }

    /** Recorded, and reported by {@link #settings()} with every other option Tristate cannot honour. */
    @Override
    public void setLibrary(String library) {
        this.requestedLibrary = library;
    }

    @Override
    public String getLibrary() {
        return null;
    }

    /**
     * Checks the options, then generates the models with Tristate. Runs before OpenAPI Generator writes any file, so
     * a rejected option or a bad spec leaves the output as it was.
     */
    @Override
    public void processOpenAPI(OpenAPI openAPI) {
        Settings settings = settings();
        if (!settings.generateModels()) {
            LOGGER.info("Tristate: generateModels is false, nothing generated");
            return;
        }
        Path spec = specPath();
        Path output = Path.of(outputFolder()).resolve(settings.sourceFolder());
        GeneratorConfig config = GeneratorConfig.builder()
                .inputSpec(spec)
                .outputDirectory(output)
                .packageName(settings.packageName())
                // Always generate (in memory; only changed files are written); the state is there to delete the
                // files a previous run wrote for schemas that are gone.
                .stateDirectory(Path.of(outputFolder()).resolve(STATE_FOLDER))
                .force(true)
                .allowedRefDirectories(settings.allowedRefDirectories())
                .allowRemoteRefs(settings.allowRemoteRefs())
                .jacksonVersion(settings.jacksonVersion())
                .beanValidation(settings.beanValidation())
                .build();
        long start = System.nanoTime();
        GenerationResult result;
        try {
            result = new Generator().generate(config);
        } catch (GenerationException e) {
            List<String> problems = new ArrayList<>();
            e.problems().forEach(problem -> problems.add(problem.toString()));
            throw new TristateException("Tristate cannot generate models from " + spec + ":", problems, e);
        }
        for (Problem warning : result.warnings()) {
            LOGGER.warn("{}", warning);
        }
        LOGGER.info("Tristate: generated {} files ({} changed, {} deleted) in {} ms into {}",
                result.generatedFiles().size(), result.changedFiles().size(), result.deletedFiles().size(),
                (System.nanoTime() - start) / 1_000_000, output);
        // Every model is written. OpenAPI Generator's own model pass would only compute models no template renders
        // (slow on large specs, and noisy on constructs it does not support), so it is given none.
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().setSchemas(new LinkedHashMap<>());
        }
    }

    /** What Tristate is asked to do, once every option has been checked. */
    record Settings(String packageName, String sourceFolder, boolean generateModels,
            List<Path> allowedRefDirectories, boolean allowRemoteRefs, JacksonVersion jacksonVersion,
            boolean beanValidation) {}

    /**
     * Maps the options onto Tristate's configuration, or fails listing every option it cannot honour, each with why
     * and what to do.
     */
    Settings settings() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> options = additionalProperties();

        String packageName = string(options.get(CodegenConstants.MODEL_PACKAGE));
        if (packageName == null || packageName.isBlank()) {
            problems.add("modelPackage is not set: Tristate writes every model into this one Java package "
                    + "(<modelPackage> in openapi-generator-maven-plugin, --model-package on the CLI)");
        }
        String sourceFolder = string(options.get(SOURCE_FOLDER));
        if (sourceFolder == null || sourceFolder.isBlank()) {
            sourceFolder = DEFAULT_SOURCE_FOLDER;
        }
        for (String accepted : List.of(CodegenConstants.HIDE_GENERATION_TIMESTAMP, USE_JAKARTA_EE, GENERATE_BUILDERS,
                CodegenConstants.ENUM_UNKNOWN_DEFAULT_CASE)) {
            bool(options, accepted, problems);
        }

        if (requestedLibrary != null && !requestedLibrary.isBlank()) {
            problems.add("library '" + requestedLibrary + "': Tristate has no libraries (it generates models only, "
                    + "with Jackson 2 annotations and no HTTP client); remove <library>");
        }
        requireBoolean(options, OPEN_API_NULLABLE, true, problems, () -> "Tristate always generates an optional "
                + "nullable property as JsonNullable<T>, keeping absent, null and a value apart");
        requireText(options, SERIALIZATION_LIBRARY, "jackson", problems,
                () -> "Tristate's models are bound with Jackson 2 annotations only");
        requireText(options, DATE_LIBRARY, "java8", problems, () -> "Tristate maps date-time to "
                + "java.time.OffsetDateTime (the offset as sent) and date to java.time.LocalDate, which is java8");
        requireBoolean(options, USE_BEAN_VALIDATION, false, problems, () -> "Tristate's models carry no Bean "
                + "Validation annotations; builders and JSON reading enforce required properties themselves");
        requireBoolean(options, PERFORM_BEAN_VALIDATION, false, problems, () -> "Tristate's models carry no Bean "
                + "Validation annotations; builders and JSON reading enforce required properties themselves");
        requireBoolean(options, SERIALIZABLE_MODEL, false, problems,
                () -> "Tristate's models do not implement java.io.Serializable");
        requireBoolean(options, USE_ONE_OF_INTERFACES, false, problems,
                () -> "Tristate does not generate oneOf/anyOf interfaces (such properties are Object today)");
        for (String annotations : List.of(ADDITIONAL_MODEL_TYPE_ANNOTATIONS, ADDITIONAL_ENUM_TYPE_ANNOTATIONS)) {
            String value = string(options.get(annotations));
            if (value != null && !value.isBlank()) {
                problems.add(annotations + " '" + value + "': not supported: Tristate's classes carry exactly the "
                        + "annotations their contract needs, and tristate:generate has no such option, so the "
                        + "adapter would no longer write the same models; remove it");
            }
        }
        if (options.containsKey(CodegenConstants.TEMPLATE_DIR)) {
            problems.add("templateDirectory/templateResourcePath '" + options.get(CodegenConstants.TEMPLATE_DIR)
                    + "': Tristate uses no templates (it emits Java with JavaPoet); remove it");
        }
        for (String naming : List.of(CodegenConstants.MODEL_NAME_PREFIX, CodegenConstants.MODEL_NAME_SUFFIX)) {
            String value = string(options.get(naming));
            if (value != null && !value.isEmpty()) {
                problems.add(naming + " '" + value + "': not supported: Tristate names each class after its schema; "
                        + "remove it");
            }
        }
        Map<String, Map<String, String>> current = new LinkedHashMap<>();
        current.put("typeMappings", typeMapping());
        current.put("importMappings", importMapping());
        current.put("instantiationTypes", instantiationTypes());
        current.put("schemaMappings", schemaMapping());
        current.put("nameMappings", nameMapping());
        current.put("modelNameMappings", modelNameMapping());
        current.put("enumNameMappings", enumNameMapping());
        current.put("inlineSchemaNameMappings", inlineSchemaNameMapping());
        current.forEach((name, mapping) -> {
            if (!mapping.equals(defaultMappings.get(name))) {
                Map<String, String> added = new LinkedHashMap<>(mapping);
                added.entrySet().removeAll(defaultMappings.get(name).entrySet());
                problems.add(name + " " + added + ": not supported: Tristate maps types and names itself "
                        + "(see the generated-code contract in its README); remove them");
            }
        });

        boolean generateApis = Boolean.TRUE.equals(options.get(CodegenConstants.GENERATE_APIS));
        if (generateApis) {
            problems.add("generateApis is true (openapi-generator-maven-plugin's default; on the CLI, the default "
                    + "when no --global-property names models): Tristate generates models only; set "
                    + "<generateApis>false</generateApis> (CLI: --global-property models,supportingFiles)");
        }
        String models = GlobalSettings.getProperty(CodegenConstants.MODELS);
        if (models != null && !models.isBlank() && !"true".equalsIgnoreCase(models)) {
            problems.add("modelsToGenerate '" + models + "': Tristate generates every schema of the spec (models "
                    + "refer to each other); remove it");
        }
        String supporting = GlobalSettings.getProperty(CodegenConstants.SUPPORTING_FILES);
        if (supporting != null && !supporting.isBlank() && !"true".equalsIgnoreCase(supporting)) {
            problems.add("supportingFilesToGenerate '" + supporting + "': Tristate's models need no supporting "
                    + "files; remove it");
        }

        Boolean remote = bool(options, ALLOW_REMOTE_REFS, problems);
        Boolean beanValidation = bool(options, BEAN_VALIDATION, problems);
        JacksonVersion jackson = JacksonVersion.V2;
        String jacksonVersion = string(options.get(JACKSON_VERSION));
        if (jacksonVersion != null && !jacksonVersion.isEmpty()) {
            try {
                jackson = JacksonVersion.parse(jacksonVersion);
            } catch (IllegalArgumentException e) {
                problems.add(JACKSON_VERSION + " '" + jacksonVersion + "': expected 2 or 3");
            }
        }
        Boolean useJackson3 = bool(options, USE_JACKSON_3, problems);
        if (Boolean.TRUE.equals(useJackson3)) {
            if (jacksonVersion != null && !jacksonVersion.isEmpty() && jackson != JacksonVersion.V3) {
                problems.add(USE_JACKSON_3 + "=true and " + JACKSON_VERSION + " '" + jacksonVersion
                        + "' contradict each other; keep one");
            }
            jackson = JacksonVersion.V3;
        }
        List<Path> refDirectories = refDirectories(options, problems);

        String spec = getInputSpec();
        if (spec != null && (spec.startsWith("http://") || spec.startsWith("https://"))) {
            problems.add("inputSpec '" + spec + "': Tristate reads specs from files; download it first (for "
                    + "example with maven-dependency-plugin, or publish it as an artifact)");
        }

        if (!problems.isEmpty()) {
            throw new TristateException("Tristate (generatorName " + NAME + ") cannot honour these options:",
                    problems, null);
        }
        boolean generateModels = !Boolean.FALSE.equals(options.get(CodegenConstants.GENERATE_MODELS));
        return new Settings(packageName.trim(), sourceFolder, generateModels, refDirectories,
                Boolean.TRUE.equals(remote), jackson, Boolean.TRUE.equals(beanValidation));
    }

    private Path specPath() {
        String spec = getInputSpec();
        if (spec == null || spec.isBlank()) {
            throw new TristateException("Tristate (generatorName " + NAME + ") cannot run:",
                    List.of("inputSpec is not set"), null);
        }
        if (spec.startsWith("file:")) {
            return Path.of(URI.create(spec));
        }
        return Path.of(spec);
    }

    /**
     * The folders named by {@code allowedRefDirectories}, or else the current directory: where
     * openapi-generator-maven-plugin's build was started, as {@code tristate:generate} allows by default.
     */
    private static List<Path> refDirectories(Map<String, Object> options, List<String> problems) {
        String value = string(options.get(ALLOWED_REF_DIRECTORIES));
        List<Path> directories = new ArrayList<>();
        if (value == null || value.isEmpty()) {
            directories.add(Path.of("").toAbsolutePath());
            return directories;
        }
        for (String directory : value.split(",")) {
            try {
                if (!directory.isBlank()) {
                    directories.add(Path.of(directory.trim()));
                }
            } catch (InvalidPathException e) {
                problems.add(ALLOWED_REF_DIRECTORIES + " '" + directory.trim() + "': not a path (" + e.getReason()
                        + ")");
            }
        }
        return directories;
    }

    private static void requireBoolean(Map<String, Object> options, String name, boolean only, List<String> problems,
            Supplier<String> why) {
        Boolean value = bool(options, name, problems);
        if (value != null && value != only) {
            problems.add(name + "=" + value + ": " + why.get() + "; remove it or set it to " + only);
        }
    }

    private static void requireText(Map<String, Object> options, String name, String only, List<String> problems,
            Supplier<String> why) {
        String value = string(options.get(name));
        if (value != null && !value.equalsIgnoreCase(only)) {
            problems.add(name + " '" + value + "': " + why.get() + "; remove it or set it to " + only);
        }
    }

    /** A boolean option as openapi-generator passes it (a Boolean, or the text the user wrote); null when unset. */
    private static Boolean bool(Map<String, Object> options, String name, List<String> problems) {
        Object value = options.get(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("false")) {
            return Boolean.valueOf(text);
        }
        problems.add(name + " '" + value + "': expected true or false");
        return null;
    }

    private static String string(Object value) {
        return value == null ? null : value.toString().trim();
    }
}
