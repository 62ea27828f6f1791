package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.objectTree;
import static dev.tristate.samples.connections.Json.read;
import static dev.tristate.samples.connections.Json.readFixture;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.junit.jupiter.api.Test;

/** toString: every property, absent ones as {@code <absent>}, secrets as {@code ****}, unknown properties by name. */
class ToStringTest {

    private static final List<String> AUTH_SECRETS =
            List.of("accessToken", "clientSecret", "consumerSecret", "refreshToken", "token", "key", "pem");

    private static final List<String> AUTH_PROPERTIES = List.of("accessToken", "apiUrl", "appId", "authorizeUrl",
            "clientId", "clientSecret", "consumerKey", "consumerSecret", "emails", "expiresIn", "expiryDate", "key",
            "meta", "name", "otherAuthInfo", "pem", "refreshToken", "state", "token", "tokenUrl");

    @Test
    void connectionShowsEveryPropertyAndMasksItsSecrets() throws Exception {
        Connection connection = readFixture(Samples.CONNECTION_FIXTURE, Connection.class);

        String text = connection.toString();

        assertThat(text).startsWith("Connection{");
        for (String property : List.of("id", "projectId", "provider", "providerApp", "group", "consumer",
                "providerWorkspaceRef", "providerConsumerRef", "createTime", "updateTime", "authScheme", "status",
                "oauth2AuthorizationCode", "apiKey")) {
            assertThat(text).contains(property + "=");
        }
        assertThat(text).contains("id=connection-123", "provider=salesforce", "authScheme=oauth2/authorizationCode",
                "status=working", "providerWorkspaceRef=provider-workspace-123", "createTime=2023-07-13T21:34:44.816Z",
                "groupName=Super Customer", "clientId=client-id-123");
        assertThat(text).contains("apiKey=****").doesNotContain("api-key-123");
        // The access and refresh tokens nested inside.
        assertThat(text).contains("token=****").doesNotContain("<value>");
    }

    @Test
    void absentPropertiesShowAsAbsent() throws Exception {
        Connection connection = read(Samples.MINIMAL_CONNECTION_JSON, Connection.class);

        String text = connection.toString();

        assertThat(text).contains("providerApp=<absent>", "providerWorkspaceRef=<absent>",
                "providerConsumerRef=<absent>", "updateTime=<absent>", "oauth2AuthorizationCode=<absent>",
                "apiKey=<absent>");
        assertThat(text).doesNotContain("****");
    }

    @Test
    void tokenObjectsMaskTheirToken() {
        Oauth2AuthorizationCodeTokensOnlyAccessToken access =
                Oauth2AuthorizationCodeTokensOnlyAccessToken.builder().token("sk-live-access").build();
        Oauth2AuthorizationCodeTokensOnlyRefreshToken refresh =
                Oauth2AuthorizationCodeTokensOnlyRefreshToken.builder().token("sk-live-refresh").build();

        assertThat(access.toString()).contains("token=****", "issuedAt=<absent>").doesNotContain("sk-live-access");
        assertThat(refresh.toString()).contains("token=****", "expiresAt=<absent>").doesNotContain("sk-live-refresh");
    }

    @Test
    void authMasksEverySecretAndShowsTheRest() throws Exception {
        PropertyConnectionAuth auth = readFixture(Samples.AUTH_FIXTURE, PropertyConnectionAuth.class);

        String text = auth.toString();

        for (String secret : AUTH_SECRETS) {
            assertThat(text).contains(secret + "=****");
        }
        assertThat(text).doesNotContain("<redacted-access-token>", "<redacted-client-secret>",
                "<redacted-consumer-secret>", "<redacted-key>", "<redacted-pem>", "<redacted-refresh-token>",
                "<redacted-token>");
        assertThat(text).contains("appId=app-123", "clientId=client-id-123", "consumerKey=consumer-key-123",
                "state=state-4f2a9c", "name=Acme HRIS", "apiUrl=https://api.example-hris.com/v1",
                "tokenUrl=https://login.example-hris.com/oauth2/token", "expiryDate=2025-12-03T11:15:30Z",
                "emails=[jane.doe@acme.example]");
    }

    @Test
    void emptyAuthShowsAllTwentyPropertiesAsAbsent() {
        String text = PropertyConnectionAuth.builder().build().toString();

        for (String property : AUTH_PROPERTIES) {
            assertThat(text).contains(property + "=<absent>");
        }
        assertThat(text).doesNotContain("****");
    }

    @Test
    void authLinkMasksTokenAndExternalTriggerToken() throws Exception {
        ConnectSessionTokenAuthLink link = readFixture(Samples.AUTH_LINK_FIXTURE, ConnectSessionTokenAuthLink.class);

        String text = link.toString();

        assertThat(text).startsWith("ConnectSessionTokenAuthLink{");
        for (String property : List.of("id", "organizationId", "projectId", "categories", "provider", "originOwnerId",
                "originOwnerName", "originUsername", "accountId", "label", "createdAt", "metadata",
                "externalTriggerToken", "type", "integrationId", "token", "authLinkUrl")) {
            assertThat(text).contains(property + "=");
        }
        assertThat(text).contains("token=****", "externalTriggerToken=****");
        assertThat(text).doesNotContain("<redacted-token>", "<redacted-external-trigger-token>");
        assertThat(text).contains("projectId=acme-production", "provider=bamboohr", "label=Acme HRIS",
                "type=production", "integrationId=3f6c2a1e-9b7d-4c2e-8f1a-2d5e6b7c8a90", "categories=[hris, ats]",
                "authLinkUrl=https://hub.example.com/connect?token=redacted");
    }

    @Test
    void nullableSecretShowsAbsentNullAndMaskedValueApart() throws Exception {
        ConnectSessionTokenAuthLink absent = Samples.authLink().build();
        ConnectSessionTokenAuthLink explicitNull = Samples.authLink().externalTriggerToken(null).build();
        ConnectSessionTokenAuthLink value = Samples.authLink().externalTriggerToken("f0bc3d88-2178").build();

        assertThat(absent.toString()).contains("externalTriggerToken=<absent>");
        assertThat(explicitNull.toString()).contains("externalTriggerToken=null");
        assertThat(value.toString()).contains("externalTriggerToken=****").doesNotContain("f0bc3d88-2178");
    }

    @Test
    void nullablePropertiesShowAbsentAndNullApart() {
        ConnectSessionTokenAuthLink link = Samples.authLink().label(null).build();

        assertThat(link.toString()).contains("label=null", "provider=<absent>", "metadata=<absent>",
                "categories=<absent>", "type=<absent>");
    }

    @Test
    void unknownPropertiesAreListedByNameOnly() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.put("x-session-secret", "do-not-print-me-7f3a");
        json.put("x-trace", "trace-value-91c2");

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(link.toString()).contains("x-session-secret", "x-trace")
                .doesNotContain("do-not-print-me-7f3a", "trace-value-91c2");
    }
}
