package dev.tristate.samples.spring;

import dev.tristate.samples.spring.model.ConnectSessionTokenAuthLink;
import dev.tristate.samples.spring.model.Connection;
import dev.tristate.samples.spring.model.ConnectionAuthScheme;
import dev.tristate.samples.spring.model.ConnectionStatus;
import dev.tristate.samples.spring.model.Consumer;
import dev.tristate.samples.spring.model.Group;
import java.net.URI;
import java.time.OffsetDateTime;

/** Valid models of the canonical spec (seed 003's link, seed 001's connection), built with the builders. */
final class Fixtures {
    private Fixtures() {
    }

    static ConnectSessionTokenAuthLink.Builder link() {
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

    static Connection.Builder connection() {
        OffsetDateTime created = OffsetDateTime.parse("2023-07-13T21:34:44.816Z");
        return Connection.builder()
                .id("connection-123")
                .projectId("project-456")
                .provider("salesforce")
                .group(Group.builder().groupRef("group-123").groupName("Super Customer").projectId("project-456")
                        .createTime(created).build())
                .consumer(Consumer.builder().consumerRef("consumer-123").consumerName("Super Customer")
                        .projectId("project-456").createTime(created).build())
                .createTime(created)
                .authScheme(ConnectionAuthScheme.OAUTH2_AUTHORIZATION_CODE)
                .status(ConnectionStatus.WORKING);
    }

    /** The connection above as JSON, without {@code group}'s closing part: tests cut and change it. */
    static final String CONNECTION_JSON = """
            {"id":"connection-123","projectId":"project-456","provider":"salesforce",\
            "group":{"groupRef":"group-123","groupName":"Super Customer","projectId":"project-456",\
            "createTime":"2023-07-13T21:34:44.816Z"},\
            "consumer":{"consumerRef":"consumer-123","consumerName":"Super Customer","projectId":"project-456",\
            "createTime":"2023-07-13T21:34:44.816Z"},\
            "createTime":"2023-07-13T21:34:44.816Z","authScheme":"oauth2/authorizationCode","status":"working"}""";
}
