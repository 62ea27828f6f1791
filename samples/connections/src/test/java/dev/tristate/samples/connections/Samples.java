package dev.tristate.samples.connections;

import java.net.URI;
import java.time.OffsetDateTime;

/**
 * Objects built in code with only their required properties set (values from the seeds' examples), and the same
 * objects as JSON.
 */
final class Samples {

    static final String CONNECTION_FIXTURE = "connection-seed-001.json";
    static final String AUTH_LINK_FIXTURE = "connect-session-token-auth-link-seed-003.json";
    static final String AUTH_FIXTURE = "property-connection-auth-seed-002.json";

    static final OffsetDateTime CREATED = OffsetDateTime.parse("2023-07-13T21:34:44.816Z");

    /** Seed 001's Connection with only the required properties (and the required ones of group and consumer). */
    static final String MINIMAL_CONNECTION_JSON = """
            {
              "id": "connection-123",
              "projectId": "project-456",
              "provider": "salesforce",
              "group": {
                "groupRef": "group-123",
                "groupName": "Super Customer",
                "projectId": "project-456",
                "createTime": "2023-07-13T21:34:44.816Z"
              },
              "consumer": {
                "consumerRef": "consumer-123",
                "consumerName": "Super Customer",
                "projectId": "project-456",
                "createTime": "2023-07-13T21:34:44.816Z"
              },
              "createTime": "2023-07-13T21:34:44.816Z",
              "authScheme": "oauth2/authorizationCode",
              "status": "working"
            }
            """;

    /** Seed 003's ConnectSessionTokenAuthLink with only the required properties. */
    static final String MINIMAL_AUTH_LINK_JSON = """
            {
              "id": 4082,
              "organization_id": 117,
              "project_id": "acme-production",
              "origin_owner_id": "customer-8812",
              "origin_owner_name": "Acme Inc.",
              "created_at": "2025-12-03T10:15:30.123Z",
              "token": "<redacted-token>",
              "auth_link_url": "https://hub.example.com/connect?token=redacted"
            }
            """;

    private Samples() {
    }

    static Group.Builder group() {
        return Group.builder()
                .groupRef("group-123")
                .groupName("Super Customer")
                .projectId("project-456")
                .createTime(CREATED);
    }

    static Consumer.Builder consumer() {
        return Consumer.builder()
                .consumerRef("consumer-123")
                .consumerName("Super Customer")
                .projectId("project-456")
                .createTime(CREATED);
    }

    /** Equal to {@link #MINIMAL_CONNECTION_JSON} once built. */
    static Connection.Builder connection() {
        return Connection.builder()
                .id("connection-123")
                .projectId("project-456")
                .provider("salesforce")
                .group(group().build())
                .consumer(consumer().build())
                .createTime(CREATED)
                .authScheme(ConnectionAuthScheme.OAUTH2_AUTHORIZATION_CODE)
                .status(ConnectionStatus.WORKING);
    }

    /** Equal to {@link #MINIMAL_AUTH_LINK_JSON} once built. */
    static ConnectSessionTokenAuthLink.Builder authLink() {
        return ConnectSessionTokenAuthLink.builder()
                .id(4082.0)
                .organizationId(117.0)
                .projectId("acme-production")
                .originOwnerId("customer-8812")
                .originOwnerName("Acme Inc.")
                .createdAt(OffsetDateTime.parse("2025-12-03T10:15:30.123Z"))
                .token("<redacted-token>")
                .authLinkUrl(URI.create("https://hub.example.com/connect?token=redacted"));
    }

    static ProviderApp.Builder providerApp() {
        return ProviderApp.builder()
                .id("provider-app-123")
                .projectId("project-456")
                .provider("salesforce")
                .clientId("client-id-123")
                .createTime(OffsetDateTime.parse("2024-04-07T16:27:00.895Z"));
    }
}
