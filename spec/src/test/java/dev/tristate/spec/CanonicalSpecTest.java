package dev.tristate.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.SpecVersion;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reads both revisions of the canonical spec from the classpath, the way a consumer of the {@code tristate-spec} jar
 * finds them, and checks that Swagger Parser accepts them without a message and that they differ only where intended.
 */
class CanonicalSpecTest {

  private static final String CURRENT = "openapi/connections.yaml";
  private static final String PREVIOUS = "openapi/connections-previous.yaml";

  private static final Set<String> COMPONENTS = Set.of(
      "Connection", "ProviderApp", "Group", "Consumer", "Oauth2AuthorizationCodeTokensOnly",
      "property_Connection_auth", "ConnectSessionTokenAuthLink");

  private static final String AUTH_LINK = "ConnectSessionTokenAuthLink";

  /** The StackOne properties that came with revision 2025.12. */
  private static final Set<String> ADDED_IN_CURRENT =
      Set.of("metadata", "external_trigger_token", "type", "integration_id");

  @ParameterizedTest
  @ValueSource(strings = {CURRENT, PREVIOUS})
  void parsesWithoutMessages(String resource) {
    SwaggerParseResult result = parse(resource);

    assertThat(result.getMessages()).as("parser messages for %s", resource).isEmpty();
    OpenAPI openApi = result.getOpenAPI();
    assertThat(openApi).isNotNull();
    assertThat(openApi.getOpenapi()).isEqualTo("3.1.0");
    assertThat(openApi.getSpecVersion()).isEqualTo(SpecVersion.V31);
    assertThat(openApi.getInfo().getTitle()).isEqualTo("Tristate connections");
    assertThat(openApi.getPaths()).isEmpty();
    assertThat(openApi.getComponents().getSchemas()).containsOnlyKeys(COMPONENTS);
  }

  @Test
  void revisionsCarryTheirVersions() {
    assertThat(read(CURRENT).getInfo().getVersion()).isEqualTo("2025.12");
    assertThat(read(PREVIOUS).getInfo().getVersion()).isEqualTo("2025.02");
  }

  @Test
  void previousRevisionLacksExactlyTheFourNewStackOneProperties() {
    Set<String> current = properties(schema(read(CURRENT), AUTH_LINK)).keySet();
    Set<String> previous = properties(schema(read(PREVIOUS), AUTH_LINK)).keySet();

    Set<String> added = new TreeSet<>(current);
    added.removeAll(previous);
    assertThat(added).containsExactlyInAnyOrderElementsOf(ADDED_IN_CURRENT);
    assertThat(current).containsAll(previous).hasSize(17);
    assertThat(previous).hasSize(13);
  }

  @Test
  void currentRevisionHas14CategoriesAndThePreviousOne9() {
    List<Object> current = categoryValues(read(CURRENT));
    List<Object> previous = categoryValues(read(PREVIOUS));

    assertThat(current).hasSize(14).containsAll(previous)
        .contains("hris-legacy", "stackone", "ticketing", "screening", "messaging", "accounting", "scheduling");
    assertThat(previous).containsExactly(
        "ats", "hris", "hris-legacy", "crm", "iam", "marketing", "lms", "stackone", "documents");
  }

  @Test
  void everythingElseIsTheSameInBothRevisions() {
    OpenAPI current = read(CURRENT);
    OpenAPI previous = read(PREVIOUS);

    for (String name : COMPONENTS) {
      if (!name.equals(AUTH_LINK)) {
        assertThat(schema(previous, name)).as(name).isEqualTo(schema(current, name));
      }
    }
    Map<String, Schema<?>> currentAuthLink = properties(schema(current, AUTH_LINK));
    properties(schema(previous, AUTH_LINK)).forEach((name, property) -> {
      if (!name.equals("categories")) {
        assertThat(property).as(name).isEqualTo(currentAuthLink.get(name));
      }
    });
    assertThat(schema(previous, AUTH_LINK).getRequired()).isEqualTo(schema(current, AUTH_LINK).getRequired());
  }

  @ParameterizedTest
  @ValueSource(strings = {CURRENT, PREVIOUS})
  void nullabilityIsWrittenTheOpenApi31Way(String resource) {
    OpenAPI openApi = read(resource);
    List<String> withNullableKeyword = new ArrayList<>();
    properties(openApi.getComponents().getSchemas())
        .forEach((name, schema) -> collectNullableKeyword(name, schema, withNullableKeyword));
    assertThat(withNullableKeyword).as("schemas using the 3.0 keyword `nullable`").isEmpty();

    Schema<?> authLink = schema(openApi, AUTH_LINK);
    properties(authLink).forEach((name, property) -> {
      boolean required = authLink.getRequired().contains(name);
      boolean nullable = property.getTypes() != null && property.getTypes().contains("null");
      assertThat(nullable).as("%s is nullable exactly when it is optional", name).isNotEqualTo(required);
    });
    Schema<?> categoryItems = properties(authLink).get("categories").getItems();
    assertThat(categoryItems.getTypes()).containsExactlyInAnyOrder("string", "null");
    assertThat(values(categoryItems.getEnum())).containsNull();
  }

  @Test
  void stackOneTypeIsANullableEnumOfWireValues() {
    Schema<?> type = properties(schema(read(CURRENT), AUTH_LINK)).get("type");

    assertThat(type.getTypes()).containsExactlyInAnyOrder("string", "null");
    assertThat(values(type.getEnum())).containsExactly("production", "test", "unmapped_value", null);
    assertThat(type.getExample()).isEqualTo("production");
  }

  @Test
  void connectionCarriesTheSeedExample() {
    Schema<?> connection = schema(read(CURRENT), "Connection");

    Map<String, Object> example = onlyExample(connection);
    assertThat(values(example.keySet())).containsExactlyInAnyOrderElementsOf(properties(connection).keySet());
    assertThat(example.get("createTime")).isEqualTo("2023-07-13T21:34:44.816Z");
    Map<?, ?> tokens = (Map<?, ?>) example.get("oauth2AuthorizationCode");
    assertThat(((Map<?, ?>) tokens.get("accessToken")).get("issuedAt")).isEqualTo("2024-04-22T18:55:28.456076Z");
  }

  @ParameterizedTest
  @ValueSource(strings = {"property_Connection_auth", AUTH_LINK})
  void schemaExampleSetsEveryPropertyToAWireValue(String name) {
    for (String resource : List.of(CURRENT, PREVIOUS)) {
      Schema<?> schema = schema(read(resource), name);
      Map<String, Object> example = onlyExample(schema);
      assertThat(values(example.keySet())).as("%s in %s", name, resource)
          .containsExactlyInAnyOrderElementsOf(properties(schema).keySet());
      properties(schema).forEach((property, propertySchema) -> {
        Object value = example.get(property);
        assertThat(value).as("%s.%s in %s", name, property, resource).isNotNull();
        if (propertySchema.getEnum() != null) {
          assertThat(values(propertySchema.getEnum())).as(property).contains(value);
        }
        if (propertySchema.getItems() != null && propertySchema.getItems().getEnum() != null) {
          assertThat(values(propertySchema.getItems().getEnum())).as(property).containsAll(values((List<?>) value));
        }
      });
    }
  }

  /** The schema's one entry in {@code examples}, as plain Java values (the parser keeps it as a Jackson tree). */
  @SuppressWarnings("unchecked")
  private static Map<String, Object> onlyExample(Schema<?> schema) {
    assertThat(schema.getExamples()).as("examples of %s", schema.getName()).hasSize(1);
    return Json.mapper().convertValue(schema.getExamples().get(0), Map.class);
  }

  private static List<Object> categoryValues(OpenAPI openApi) {
    Schema<?> items = properties(schema(openApi, AUTH_LINK)).get("categories").getItems();
    return values(items.getEnum()).stream().filter(Objects::nonNull).toList();
  }

  private static void collectNullableKeyword(String path, Schema<?> schema, List<String> found) {
    if (schema == null) {
      return;
    }
    if (schema.getNullable() != null) {
      found.add(path);
    }
    properties(schema).forEach((name, property) -> collectNullableKeyword(path + "." + name, property, found));
    collectNullableKeyword(path + "[]", schema.getItems(), found);
  }

  private static Schema<?> schema(OpenAPI openApi, String name) {
    Schema<?> schema = openApi.getComponents().getSchemas().get(name);
    assertThat(schema).as("component %s", name).isNotNull();
    return schema;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Schema<?>> properties(Schema<?> schema) {
    Map<String, Schema> properties = schema.getProperties();
    return properties == null ? Map.of() : (Map<String, Schema<?>>) (Map) properties;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Map<String, Schema<?>> properties(Map<String, Schema> schemas) {
    return (Map<String, Schema<?>>) (Map) schemas;
  }

  private static List<Object> values(Collection<?> values) {
    return new ArrayList<>(values);
  }

  private static OpenAPI read(String resource) {
    SwaggerParseResult result = parse(resource);
    assertThat(result.getMessages()).as("parser messages for %s", resource).isEmpty();
    return result.getOpenAPI();
  }

  /** Finds the document on the classpath, as a consumer of the jar would, and parses it from its location. */
  private static SwaggerParseResult parse(String resource) {
    URL url = CanonicalSpecTest.class.getClassLoader().getResource(resource);
    assertThat(url).as("classpath resource %s", resource).isNotNull();
    String location;
    try {
      location = Path.of(url.toURI()).toString();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readLocation(location, null, options);
  }
}
