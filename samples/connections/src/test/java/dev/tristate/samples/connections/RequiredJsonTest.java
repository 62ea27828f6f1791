package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.fixture;
import static dev.tristate.samples.connections.Json.objectTree;
import static dev.tristate.samples.connections.Json.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Reading JSON that breaks "required" or "non-nullable": a missing required property, or null for a required
 * non-nullable one, fails with a {@link JsonMappingException} whose message names the class, the JSON property and
 * the path.
 */
class RequiredJsonTest {

    private static final List<String> CONNECTION_REQUIRED =
            List.of("id", "projectId", "provider", "group", "consumer", "createTime", "authScheme", "status");

    private static final List<String> AUTH_LINK_REQUIRED = List.of("id", "organization_id", "project_id",
            "origin_owner_id", "origin_owner_name", "created_at", "token", "auth_link_url");

    private static JsonMappingException failureReading(ObjectNode json, Class<?> type) {
        JsonMappingException failure =
                catchThrowableOfType(JsonMappingException.class, () -> read(json.toString(), type));
        assertThat(failure).as("reading %s as %s", json, type.getSimpleName()).isNotNull();
        return failure;
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "projectId", "provider", "group", "consumer", "createTime", "authScheme", "status"})
    void missingRequiredConnectionPropertyFailsNamingClassAndProperty(String property) throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        json.remove(property);

        JsonMappingException failure = failureReading(json, Connection.class);

        assertThat(failure.getMessage()).contains("Connection").contains(property);
    }

    @Test
    void everyMissingRequiredPropertyIsNamedAtOnce() throws Exception {
        ObjectNode json = objectTree("{\"apiKey\": \"api-key-123\"}");

        JsonMappingException failure = failureReading(json, Connection.class);

        assertThat(failure.getMessage()).contains("Connection");
        for (String property : CONNECTION_REQUIRED) {
            assertThat(failure.getMessage()).contains(property);
        }
    }

    @Test
    void missingSnakeCasePropertiesAreNamedByTheirWireNames() throws Exception {
        ObjectNode json = objectTree(fixture(Samples.AUTH_LINK_FIXTURE));
        json.remove("organization_id");
        json.remove("auth_link_url");

        JsonMappingException failure = failureReading(json, ConnectSessionTokenAuthLink.class);

        assertThat(failure.getMessage())
                .contains("ConnectSessionTokenAuthLink")
                .contains("organization_id")
                .contains("auth_link_url")
                .doesNotContain("origin_owner_id");
    }

    @Test
    void emptyObjectForConnectSessionTokenAuthLinkNamesEveryRequiredProperty() throws Exception {
        JsonMappingException failure = failureReading(objectTree("{}"), ConnectSessionTokenAuthLink.class);

        for (String property : AUTH_LINK_REQUIRED) {
            assertThat(failure.getMessage()).contains(property);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "projectId", "provider", "group", "consumer", "createTime", "authScheme", "status"})
    void nullForRequiredConnectionPropertyFailsNamingClassPropertyAndPath(String property) throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        json.putNull(property);

        JsonMappingException failure = failureReading(json, Connection.class);

        assertThat(failure.getMessage()).contains("Connection").contains(property).contains("[\"" + property + "\"]");
        assertThat(failure.getPathReference()).endsWith("[\"" + property + "\"]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"id", "organization_id", "project_id", "origin_owner_id", "origin_owner_name", "created_at",
            "token", "auth_link_url"})
    void nullForRequiredAuthLinkPropertyFailsNamingClassPropertyAndPath(String property) throws Exception {
        ObjectNode json = objectTree(fixture(Samples.AUTH_LINK_FIXTURE));
        json.putNull(property);

        JsonMappingException failure = failureReading(json, ConnectSessionTokenAuthLink.class);

        assertThat(failure.getMessage())
                .contains("ConnectSessionTokenAuthLink")
                .contains(property)
                .contains("[\"" + property + "\"]");
    }

    static Stream<Arguments> nestedBreaks() {
        return Stream.of(
                Arguments.of("group", null, "groupName", "Group", "[\"group\"]"),
                Arguments.of("consumer", null, "createTime", "Consumer", "[\"consumer\"]"),
                Arguments.of("providerApp", null, "clientId", "ProviderApp", "[\"providerApp\"]"),
                Arguments.of("oauth2AuthorizationCode", "accessToken", "token", "Oauth2AuthorizationCodeTokensOnlyAccessToken",
                        "[\"oauth2AuthorizationCode\"]"),
                Arguments.of("oauth2AuthorizationCode", "refreshToken", "token", "Oauth2AuthorizationCodeTokensOnlyRefreshToken",
                        "[\"refreshToken\"]"));
    }

    @ParameterizedTest(name = "{0}.{1}.{2} missing")
    @MethodSource("nestedBreaks")
    void missingRequiredPropertyOfANestedObjectNamesItsClassPropertyAndPath(
            String outer, String inner, String property, String className, String pathPart) throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        ObjectNode nested = (ObjectNode) json.get(outer);
        if (inner != null) {
            nested = (ObjectNode) nested.get(inner);
        }
        nested.remove(property);

        JsonMappingException failure = failureReading(json, Connection.class);

        assertThat(failure.getMessage()).contains(className).contains(property).contains(pathPart);
    }

    @ParameterizedTest(name = "{0}.{1}.{2} null")
    @MethodSource("nestedBreaks")
    void nullForRequiredPropertyOfANestedObjectNamesItsClassPropertyAndPath(
            String outer, String inner, String property, String className, String pathPart) throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        ObjectNode nested = (ObjectNode) json.get(outer);
        if (inner != null) {
            nested = (ObjectNode) nested.get(inner);
        }
        nested.putNull(property);

        JsonMappingException failure = failureReading(json, Connection.class);

        assertThat(failure.getMessage())
                .contains(className)
                .contains(pathPart)
                .contains("[\"" + property + "\"]");
    }

    /**
     * The path is Jackson's reference chain, one step per JSON property from the document's root to the offending
     * one; the message names the model class the property belongs to. (Jackson labels each step with the class it
     * was filling, which for generated models is their builder: {@code Connection$Builder["group"]}.)
     */
    static Stream<Arguments> paths() {
        return Stream.of(
                Arguments.of(Connection.class, Samples.CONNECTION_FIXTURE, "group", null, "null",
                        List.of("group"), "Connection: required property 'group' cannot be null"),
                Arguments.of(Connection.class, Samples.CONNECTION_FIXTURE, "group", "groupName", "null",
                        List.of("group", "groupName"), "Group: required property 'groupName' cannot be null"),
                Arguments.of(Connection.class, Samples.CONNECTION_FIXTURE, "group", "groupName", "missing",
                        List.of("group"), "Group: missing required properties: groupName"),
                Arguments.of(ConnectSessionTokenAuthLink.class, Samples.AUTH_LINK_FIXTURE, "token", null, "null",
                        List.of("token"), "ConnectSessionTokenAuthLink: required property 'token' cannot be null"));
    }

    @ParameterizedTest(name = "{2}/{3} {4} -> {5}")
    @MethodSource("paths")
    void failureCarriesTheJsonPathAndNamesTheModelClass(Class<?> type, String fixture, String property,
            String nestedProperty, String breakage, List<String> path, String message) throws Exception {
        ObjectNode json = objectTree(fixture(fixture));
        ObjectNode target = nestedProperty == null ? json : (ObjectNode) json.get(property);
        String broken = nestedProperty == null ? property : nestedProperty;
        if (breakage.equals("null")) {
            target.putNull(broken);
        } else {
            target.remove(broken);
        }

        JsonMappingException failure = failureReading(json, type);

        assertThat(failure.getPath()).extracting(JsonMappingException.Reference::getFieldName)
                .as("JSON path").containsExactlyElementsOf(path);
        assertThat(failure.getMessage()).contains(message);
    }

    @Test
    void wrongJsonTypeForARequiredObjectFails() throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        json.put("group", "group-123");

        JsonMappingException failure = failureReading(json, Connection.class);

        assertThat(failure.getMessage()).contains("group");
    }
}
