package dev.tristate.openapigenerator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.codegen.CliOption;
import org.openapitools.codegen.CodegenConfig;
import org.openapitools.codegen.CodegenConfigLoader;
import org.openapitools.codegen.CodegenConstants;
import org.openapitools.codegen.config.GlobalSettings;

/** How the options users set for openapi-generator map onto Tristate's configuration, or are refused. */
class OptionMappingTest {

    @AfterEach
    void resetGlobalSettings() {
        GlobalSettings.reset();
    }

    /** A configuration as openapi-generator-maven-plugin hands it over for a models-only build. */
    private static TristateCodegen codegen(Map<String, Object> options) {
        TristateCodegen codegen = new TristateCodegen();
        codegen.additionalProperties().put(CodegenConstants.MODEL_PACKAGE, "com.acme.model");
        codegen.additionalProperties().put(CodegenConstants.GENERATE_APIS, false);
        codegen.additionalProperties().put(CodegenConstants.GENERATE_MODELS, true);
        codegen.additionalProperties().putAll(options);
        return codegen;
    }

    private static List<String> problems(TristateCodegen codegen) {
        try {
            codegen.settings();
        } catch (TristateException e) {
            assertThat(e.getMessage()).startsWith("Tristate (generatorName tristate) cannot honour these options:");
            return e.problems();
        }
        throw new AssertionError("accepted: " + codegen.additionalProperties());
    }

    @Test
    void foundByServiceLoaderUnderItsName() {
        CodegenConfig config = CodegenConfigLoader.forName("tristate");

        assertThat(config).isInstanceOf(TristateCodegen.class);
        assertThat(config.getName()).isEqualTo("tristate");
        assertThat(CodegenConfigLoader.getAll()).filteredOn(c -> c.getName().equals("tristate")).hasSize(1);
    }

    @Test
    void hasNoTemplatesOfAnyKind() {
        TristateCodegen codegen = new TristateCodegen();

        assertThat(codegen.modelTemplateFiles()).isEmpty();
        assertThat(codegen.apiTemplateFiles()).isEmpty();
        assertThat(codegen.modelDocTemplateFiles()).isEmpty();
        assertThat(codegen.apiDocTemplateFiles()).isEmpty();
        assertThat(codegen.modelTestTemplateFiles()).isEmpty();
        assertThat(codegen.apiTestTemplateFiles()).isEmpty();
        assertThat(codegen.supportingFiles()).isEmpty();
    }

    @Test
    void declaresExactlyTheOptionsItUnderstands() {
        // openapi-generator-maven-plugin passes a configOption on only when the generator declares it.
        assertThat(new TristateCodegen().cliOptions()).extracting(CliOption::getOpt).containsExactlyInAnyOrder(
                "modelPackage", "sourceFolder", "hideGenerationTimestamp", "openApiNullable", "serializationLibrary",
                "dateLibrary", "useBeanValidation", "performBeanValidation", "serializableModel",
                "useOneOfInterfaces", "additionalModelTypeAnnotations", "additionalEnumTypeAnnotations",
                "useJakartaEe", "generateBuilders", "enumUnknownDefaultCase", "allowedRefDirectories",
                "allowRemoteRefs", "jacksonVersion", "useJackson3", "beanValidation");
    }

    @Test
    void refOptionsMapOntoTristatesAndDefaultToTheCurrentDirectory() {
        TristateCodegen.Settings defaults = codegen(Map.of()).settings();
        assertThat(defaults.allowedRefDirectories()).containsExactly(Path.of("").toAbsolutePath());
        assertThat(defaults.allowRemoteRefs()).isFalse();

        TristateCodegen.Settings configured = codegen(Map.of("allowedRefDirectories", " specs/common, ../shared ",
                "allowRemoteRefs", "true")).settings();
        assertThat(configured.allowedRefDirectories()).containsExactly(Path.of("specs/common"), Path.of("../shared"));
        assertThat(configured.allowRemoteRefs()).isTrue();

        assertThat(problems(codegen(Map.of("allowRemoteRefs", "sometimes"))))
                .containsExactly("allowRemoteRefs 'sometimes': expected true or false");
    }

    @Test
    void jacksonVersionAndBeanValidationMapOntoTristates() {
        TristateCodegen.Settings defaults = codegen(Map.of()).settings();
        assertThat(defaults.jacksonVersion()).isEqualTo(dev.tristate.generator.JacksonVersion.V2);
        assertThat(defaults.beanValidation()).isFalse();

        assertThat(codegen(Map.of("jacksonVersion", "3")).settings().jacksonVersion())
                .isEqualTo(dev.tristate.generator.JacksonVersion.V3);
        assertThat(codegen(Map.of("useJackson3", true)).settings().jacksonVersion())
                .isEqualTo(dev.tristate.generator.JacksonVersion.V3);
        assertThat(codegen(Map.of("beanValidation", "true")).settings().beanValidation()).isTrue();

        assertThat(problems(codegen(Map.of("jacksonVersion", "4"))))
                .containsExactly("jacksonVersion '4': expected 2 or 3");
        assertThat(problems(codegen(Map.of("jacksonVersion", "2", "useJackson3", true))))
                .containsExactly("useJackson3=true and jacksonVersion '2' contradict each other; keep one");
    }

    @Test
    void modelPackageIsThePackageAndSourceFolderDefaultsToSrcMainJava() {
        TristateCodegen.Settings settings = codegen(Map.of()).settings();

        assertThat(settings.packageName()).isEqualTo("com.acme.model");
        assertThat(settings.sourceFolder()).isEqualTo("src/main/java");
        assertThat(settings.generateModels()).isTrue();
    }

    @Test
    void sourceFolderIsWhereThePackagesGo() {
        assertThat(codegen(Map.of("sourceFolder", "src/gen/java")).settings().sourceFolder())
                .isEqualTo("src/gen/java");
    }

    @Test
    void generateModelsFalseGeneratesNothing() {
        assertThat(codegen(Map.of(CodegenConstants.GENERATE_MODELS, false)).settings().generateModels()).isFalse();
    }

    @Test
    void modelPackageIsRequired() {
        TristateCodegen codegen = codegen(Map.of());
        codegen.additionalProperties().remove(CodegenConstants.MODEL_PACKAGE);

        assertThat(problems(codegen)).containsExactly("modelPackage is not set: Tristate writes every model into "
                + "this one Java package (<modelPackage> in openapi-generator-maven-plugin, --model-package on the CLI)");
    }

    @ParameterizedTest
    @CsvSource({
        "hideGenerationTimestamp, true", "hideGenerationTimestamp, false",
        "useJakartaEe, true", "useJakartaEe, false",
        "generateBuilders, true", "generateBuilders, false",
        "enumUnknownDefaultCase, true", "enumUnknownDefaultCase, false",
        "openApiNullable, true", "serializationLibrary, jackson", "dateLibrary, java8",
        "useBeanValidation, false", "performBeanValidation, false", "serializableModel, false",
        "useOneOfInterfaces, false", "additionalModelTypeAnnotations, ''"
    })
    void acceptedOptionsChangeNothing(String option, String value) {
        // As the user wrote it (a String) and as openapi-generator-maven-plugin converts it (a Boolean).
        Object asPassed = value.equals("true") || value.equals("false") ? Boolean.valueOf(value) : value;

        assertThat(codegen(Map.of(option, value)).settings()).isEqualTo(codegen(Map.of()).settings());
        assertThat(codegen(Map.of(option, asPassed)).settings()).isEqualTo(codegen(Map.of()).settings());
    }

    @Test
    void libraryIsRefused() {
        TristateCodegen codegen = codegen(Map.of());
        codegen.setLibrary("native");

        assertThat(problems(codegen)).containsExactly("library 'native': Tristate has no libraries (it generates "
                + "models only, with Jackson 2 annotations and no HTTP client); remove <library>");
        assertThat(codegen.getLibrary()).as("no template library is looked up").isNull();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "openApiNullable | false | openApiNullable=false: Tristate always generates an optional nullable property as "
                + "JsonNullable<T>, keeping absent, null and a value apart; remove it or set it to true",
        "serializationLibrary | gson | serializationLibrary 'gson': Tristate's models are bound with Jackson 2 "
                + "annotations only; remove it or set it to jackson",
        "dateLibrary | legacy | dateLibrary 'legacy': Tristate maps date-time to java.time.OffsetDateTime (the offset "
                + "as sent) and date to java.time.LocalDate, which is java8; remove it or set it to java8",
        "useBeanValidation | true | useBeanValidation=true: Tristate's models carry no Bean Validation annotations; "
                + "builders and JSON reading enforce required properties themselves; remove it or set it to false",
        "performBeanValidation | true | performBeanValidation=true: Tristate's models carry no Bean Validation "
                + "annotations; builders and JSON reading enforce required properties themselves; remove it or set "
                + "it to false",
        "serializableModel | true | serializableModel=true: Tristate's models do not implement java.io.Serializable; "
                + "remove it or set it to false",
        "useOneOfInterfaces | true | useOneOfInterfaces=true: Tristate does not generate oneOf/anyOf interfaces "
                + "(such properties are Object today); remove it or set it to false",
        "additionalModelTypeAnnotations | @lombok.Data | additionalModelTypeAnnotations '@lombok.Data': not "
                + "supported: Tristate's classes carry exactly the annotations their contract needs, and "
                + "tristate:generate has no such option, so the adapter would no longer write the same models; "
                + "remove it",
        "additionalEnumTypeAnnotations | @Deprecated | additionalEnumTypeAnnotations '@Deprecated': not supported: "
                + "Tristate's classes carry exactly the annotations their contract needs, and tristate:generate has "
                + "no such option, so the adapter would no longer write the same models; remove it",
        "templateDir | /tmp/templates | templateDirectory/templateResourcePath '/tmp/templates': Tristate uses no "
                + "templates (it emits Java with JavaPoet); remove it",
        "modelNameSuffix | Dto | modelNameSuffix 'Dto': not supported: Tristate names each class after its schema; "
                + "remove it",
        "modelNamePrefix | Api | modelNamePrefix 'Api': not supported: Tristate names each class after its schema; "
                + "remove it",
        "hideGenerationTimestamp | yes | hideGenerationTimestamp 'yes': expected true or false",
        "generateApis | true | generateApis is true (openapi-generator-maven-plugin's default; on the CLI, the "
                + "default when no --global-property names models): Tristate generates models only; set "
                + "<generateApis>false</generateApis> (CLI: --global-property models,supportingFiles)"
    })
    void refusedOptionsAreNamedWithWhyAndWhatToDo(String option, String value, String problem) {
        Object asPassed = value.equals("true") || value.equals("false") ? Boolean.valueOf(value) : value;

        assertThat(problems(codegen(Map.of(option, asPassed)))).containsExactly(problem);
    }

    @Test
    void userMappingsAreRefused() {
        TristateCodegen codegen = codegen(Map.of());
        codegen.typeMapping().put("DateTime", "java.time.Instant");
        codegen.schemaMapping().put("Money", "com.acme.Money");

        assertThat(problems(codegen)).containsExactly(
                "typeMappings {DateTime=java.time.Instant}: not supported: Tristate maps types and names itself "
                        + "(see the generated-code contract in its README); remove them",
                "schemaMappings {Money=com.acme.Money}: not supported: Tristate maps types and names itself "
                        + "(see the generated-code contract in its README); remove them");
    }

    @Test
    void selectedModelsOrSupportingFilesAreRefused() {
        GlobalSettings.setProperty(CodegenConstants.MODELS, "Pet:Order");
        GlobalSettings.setProperty(CodegenConstants.SUPPORTING_FILES, "ApiClient.java");

        assertThat(problems(codegen(Map.of()))).containsExactly(
                "modelsToGenerate 'Pet:Order': Tristate generates every schema of the spec (models refer to each "
                        + "other); remove it",
                "supportingFilesToGenerate 'ApiClient.java': Tristate's models need no supporting files; remove it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "true"})
    void allModelsAndSupportingFilesAreAccepted(String value) {
        // openapi-generator-maven-plugin's defaults (generateModels, generateSupportingFiles) and the CLI's
        // --global-property models,supportingFiles.
        GlobalSettings.setProperty(CodegenConstants.MODELS, value);
        GlobalSettings.setProperty(CodegenConstants.SUPPORTING_FILES, value);

        assertThat(codegen(Map.of()).settings().packageName()).isEqualTo("com.acme.model");
    }

    @Test
    void aRemoteSpecIsRefused() {
        TristateCodegen codegen = codegen(Map.of());
        codegen.setInputSpec("https://example.com/api.yaml");

        assertThat(problems(codegen)).containsExactly("inputSpec 'https://example.com/api.yaml': Tristate reads "
                + "specs from files; download it first (for example with maven-dependency-plugin, or publish it as "
                + "an artifact)");
    }

    @Test
    void everyRefusedOptionIsReportedAtOnce() {
        TristateCodegen codegen = codegen(Map.of("openApiNullable", false, "serializationLibrary", "gson",
                "useBeanValidation", true, CodegenConstants.GENERATE_APIS, true));
        codegen.setLibrary("okhttp-gson");
        codegen.additionalProperties().remove(CodegenConstants.MODEL_PACKAGE);

        assertThat(problems(codegen)).hasSize(6).satisfiesExactly(
                p -> assertThat(p).startsWith("modelPackage is not set"),
                p -> assertThat(p).startsWith("library 'okhttp-gson'"),
                p -> assertThat(p).startsWith("openApiNullable=false"),
                p -> assertThat(p).startsWith("serializationLibrary 'gson'"),
                p -> assertThat(p).startsWith("useBeanValidation=true"),
                p -> assertThat(p).startsWith("generateApis is true"));
    }
}
