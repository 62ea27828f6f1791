package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.assertSameJson;
import static dev.tristate.samples.connections.Json.fieldNames;
import static dev.tristate.samples.connections.Json.fixture;
import static dev.tristate.samples.connections.Json.objectTree;
import static dev.tristate.samples.connections.Json.read;
import static dev.tristate.samples.connections.Json.readFixture;
import static dev.tristate.samples.connections.Json.tree;
import static dev.tristate.samples.connections.Json.writtenTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ampersand's Connection (seed 001): required and optional non-nullable properties, nested objects. */
class ConnectionJsonTest {

    private static final List<String> REQUIRED =
            List.of("id", "projectId", "provider", "group", "consumer", "createTime", "authScheme", "status");

    private static final List<String> DECLARED_ORDER = List.of("id", "projectId", "provider", "providerApp", "group",
            "consumer", "providerWorkspaceRef", "providerConsumerRef", "createTime", "updateTime", "authScheme", "status",
            "oauth2AuthorizationCode", "apiKey");

    @Test
    void readsEveryValueOfSeed001() throws Exception {
        Connection connection = readFixture(Samples.CONNECTION_FIXTURE, Connection.class);

        assertThat(connection.getId()).isEqualTo("connection-123");
        assertThat(connection.getProjectId()).isEqualTo("project-456");
        assertThat(connection.getProvider()).isEqualTo("salesforce");
        assertThat(connection.getProviderWorkspaceRef()).contains("provider-workspace-123");
        assertThat(connection.getProviderConsumerRef()).contains("provider-consumer-123");
        assertThat(connection.getCreateTime()).isEqualTo(OffsetDateTime.parse("2023-07-13T21:34:44.816Z"));
        assertThat(connection.getUpdateTime()).contains(OffsetDateTime.parse("2023-07-13T21:34:44.816Z"));
        assertThat(connection.getAuthScheme()).isSameAs(ConnectionAuthScheme.OAUTH2_AUTHORIZATION_CODE);
        assertThat(connection.getStatus()).isSameAs(ConnectionStatus.WORKING);
        assertThat(connection.getApiKey()).contains("api-key-123");
        assertThat(connection.getAdditionalProperties()).isEmpty();

        ProviderApp app = connection.getProviderApp().orElseThrow();
        assertThat(app.getId()).isEqualTo("provider-app-123");
        assertThat(app.getProjectId()).isEqualTo("project-456");
        assertThat(app.getExternalRef()).contains("external-id-123");
        assertThat(app.getProvider()).isEqualTo("salesforce");
        assertThat(app.getClientId()).isEqualTo("client-id-123");
        // Three scopes, not seed 001's single string holding a JSON list (see the spec's comment).
        assertThat(app.getScopes()).contains(List.of("oauth", "offline", "crm.read"));
        assertThat(app.getCreateTime()).isEqualTo(OffsetDateTime.parse("2024-04-07T16:27:00.895Z"));
        assertThat(app.getUpdateTime()).isEmpty();

        Group group = connection.getGroup();
        assertThat(group.getGroupRef()).isEqualTo("group-123");
        assertThat(group.getGroupName()).isEqualTo("Super Customer");
        assertThat(group.getProjectId()).isEqualTo("project-456");
        assertThat(group.getCreateTime()).isEqualTo(Samples.CREATED);
        assertThat(group.getUpdateTime()).contains(Samples.CREATED);

        Consumer consumer = connection.getConsumer();
        assertThat(consumer.getConsumerRef()).isEqualTo("consumer-123");
        assertThat(consumer.getConsumerName()).isEqualTo("Super Customer");
        assertThat(consumer.getProjectId()).isEqualTo("project-456");
        assertThat(consumer.getCreateTime()).isEqualTo(Samples.CREATED);
        assertThat(consumer.getUpdateTime()).contains(Samples.CREATED);

        Oauth2AuthorizationCodeTokensOnly tokens = connection.getOauth2AuthorizationCode().orElseThrow();
        assertThat(tokens.getScopes()).isEmpty();
        Oauth2AuthorizationCodeTokensOnlyAccessToken access = tokens.getAccessToken().orElseThrow();
        assertThat(access.getToken()).isEqualTo("<value>");
        assertThat(access.getIssuedAt()).contains(OffsetDateTime.parse("2024-04-22T18:55:28.456076Z"));
        assertThat(access.getExpiresAt()).contains(OffsetDateTime.parse("2024-10-22T18:55:28.456076Z"));
        Oauth2AuthorizationCodeTokensOnlyRefreshToken refresh = tokens.getRefreshToken().orElseThrow();
        assertThat(refresh.getToken()).isEqualTo("<value>");
        assertThat(refresh.getIssuedAt()).contains(OffsetDateTime.parse("2024-04-22T18:55:28.456076Z"));
        assertThat(refresh.getExpiresAt()).contains(OffsetDateTime.parse("2024-10-22T18:55:28.456076Z"));
    }

    @Test
    void readingTheMinimalJsonLeavesEveryOptionalPropertyEmpty() throws Exception {
        Connection connection = read(Samples.MINIMAL_CONNECTION_JSON, Connection.class);

        assertThat(connection.getProviderApp()).isEmpty();
        assertThat(connection.getProviderWorkspaceRef()).isEmpty();
        assertThat(connection.getProviderConsumerRef()).isEmpty();
        assertThat(connection.getUpdateTime()).isEmpty();
        assertThat(connection.getOauth2AuthorizationCode()).isEmpty();
        assertThat(connection.getApiKey()).isEmpty();
        assertThat(connection.getGroup().getUpdateTime()).isEmpty();
        assertThat(connection.getConsumer().getUpdateTime()).isEmpty();
        assertThat(connection).isEqualTo(Samples.connection().build());
    }

    @Test
    void absentOptionalPropertiesAreNotWrittenAndRequiredOnesAlwaysAre() throws Exception {
        JsonNode written = writtenTree(Samples.connection().build());

        assertThat(fieldNames(written)).containsExactlyElementsOf(REQUIRED.stream()
                .sorted((a, b) -> DECLARED_ORDER.indexOf(a) - DECLARED_ORDER.indexOf(b)).toList());
        assertThat(fieldNames(written.get("group"))).containsExactly("groupRef", "groupName", "projectId", "createTime");
        assertSameJson(written, tree(Samples.MINIMAL_CONNECTION_JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"providerApp", "providerWorkspaceRef", "providerConsumerRef", "updateTime",
            "oauth2AuthorizationCode", "apiKey"})
    void nullForAnOptionalNonNullablePropertyReadsAsAbsent(String property) throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        json.putNull(property);

        Connection connection = read(json.toString(), Connection.class);

        JsonNode written = writtenTree(connection);
        assertThat(written.has(property)).as("%s written back in %s", property, written).isFalse();
        json.remove(property);
        assertThat(connection).isEqualTo(read(json.toString(), Connection.class));
        assertThat(connection.getAdditionalProperties()).doesNotContainKey(property);
    }

    @Test
    void everyOptionalNonNullablePropertySentAsNullIsEmpty() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_CONNECTION_JSON);
        for (String property : List.of("providerApp", "providerWorkspaceRef", "providerConsumerRef", "updateTime",
                "oauth2AuthorizationCode", "apiKey")) {
            json.putNull(property);
        }
        ((ObjectNode) json.get("group")).putNull("updateTime");

        Connection connection = read(json.toString(), Connection.class);

        assertThat(connection.getProviderApp()).isEmpty();
        assertThat(connection.getProviderWorkspaceRef()).isEmpty();
        assertThat(connection.getProviderConsumerRef()).isEmpty();
        assertThat(connection.getUpdateTime()).isEmpty();
        assertThat(connection.getOauth2AuthorizationCode()).isEmpty();
        assertThat(connection.getApiKey()).isEmpty();
        assertThat(connection.getGroup().getUpdateTime()).isEmpty();
        assertSameJson(writtenTree(connection), tree(Samples.MINIMAL_CONNECTION_JSON));
    }

    @Test
    void optionalObjectWithNoPropertiesIsPresentAndWrittenAsAnEmptyObject() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_CONNECTION_JSON);
        json.putObject("oauth2AuthorizationCode");

        Connection connection = read(json.toString(), Connection.class);

        Oauth2AuthorizationCodeTokensOnly tokens = connection.getOauth2AuthorizationCode().orElseThrow();
        assertThat(tokens.getAccessToken()).isEmpty();
        assertThat(tokens.getRefreshToken()).isEmpty();
        assertThat(tokens.getScopes()).isEmpty();
        assertThat(writtenTree(connection).get("oauth2AuthorizationCode")).isEqualTo(tree("{}"));
    }

    @Test
    void declaredPropertiesAreWrittenInTheSpecsOrderWhateverTheReadOrder() throws Exception {
        ObjectNode input = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        ObjectNode reversed = Json.MAPPER.createObjectNode();
        List<String> names = fieldNames(input);
        for (int i = names.size() - 1; i >= 0; i--) {
            reversed.set(names.get(i), input.get(names.get(i)));
        }

        JsonNode written = writtenTree(read(reversed.toString(), Connection.class));

        assertThat(fieldNames(written)).containsExactlyElementsOf(DECLARED_ORDER);
        assertThat(fieldNames(written.get("providerApp")))
                .containsExactly("id", "projectId", "externalRef", "provider", "clientId", "scopes", "createTime");
        assertThat(fieldNames(written.get("oauth2AuthorizationCode").get("accessToken")))
                .containsExactly("token", "issuedAt", "expiresAt");
    }

    @Test
    void builtConnectionWritesTheSameJsonAsSeed001() throws Exception {
        Oauth2AuthorizationCodeTokensOnlyAccessToken access = Oauth2AuthorizationCodeTokensOnlyAccessToken.builder()
                .token("<value>")
                .issuedAt(OffsetDateTime.parse("2024-04-22T18:55:28.456076Z"))
                .expiresAt(OffsetDateTime.parse("2024-10-22T18:55:28.456076Z"))
                .build();
        Oauth2AuthorizationCodeTokensOnlyRefreshToken refresh = Oauth2AuthorizationCodeTokensOnlyRefreshToken.builder()
                .token("<value>")
                .issuedAt(OffsetDateTime.parse("2024-04-22T18:55:28.456076Z"))
                .expiresAt(OffsetDateTime.parse("2024-10-22T18:55:28.456076Z"))
                .build();
        Connection built = Samples.connection()
                .providerApp(Samples.providerApp()
                        .externalRef("external-id-123")
                        .scopes(List.of("oauth", "offline", "crm.read"))
                        .build())
                .group(Samples.group().updateTime(Samples.CREATED).build())
                .consumer(Samples.consumer().updateTime(Samples.CREATED).build())
                .providerWorkspaceRef("provider-workspace-123")
                .providerConsumerRef("provider-consumer-123")
                .updateTime(Samples.CREATED)
                .oauth2AuthorizationCode(Oauth2AuthorizationCodeTokensOnly.builder()
                        .accessToken(access)
                        .refreshToken(refresh)
                        .build())
                .apiKey("api-key-123")
                .build();

        assertThat(built).isEqualTo(readFixture(Samples.CONNECTION_FIXTURE, Connection.class));
        assertSameJson(writtenTree(built), tree(fixture(Samples.CONNECTION_FIXTURE)));
    }
}
