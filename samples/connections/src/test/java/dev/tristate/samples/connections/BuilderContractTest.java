package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.readFixture;
import static dev.tristate.samples.connections.Json.writtenTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.jackson.nullable.JsonNullable;

/** Builders: required checks, what null means for each kind of property, toBuilder, equals and hashCode. */
class BuilderContractTest {

    // --- build() names every missing required property ------------------------------------------------------------

    static Stream<Arguments> emptyBuilders() {
        return Stream.of(
                Arguments.of("Connection", (ThrowingCallable) () -> Connection.builder().build(),
                        List.of("id", "projectId", "provider", "group", "consumer", "createTime", "authScheme", "status")),
                Arguments.of("ProviderApp", (ThrowingCallable) () -> ProviderApp.builder().build(),
                        List.of("id", "projectId", "provider", "clientId", "createTime")),
                Arguments.of("Group", (ThrowingCallable) () -> Group.builder().build(),
                        List.of("groupRef", "groupName", "projectId", "createTime")),
                Arguments.of("Consumer", (ThrowingCallable) () -> Consumer.builder().build(),
                        List.of("consumerRef", "consumerName", "projectId", "createTime")),
                Arguments.of("Oauth2AuthorizationCodeTokensOnlyAccessToken",
                        (ThrowingCallable) () -> Oauth2AuthorizationCodeTokensOnlyAccessToken.builder().build(),
                        List.of("token")),
                Arguments.of("Oauth2AuthorizationCodeTokensOnlyRefreshToken",
                        (ThrowingCallable) () -> Oauth2AuthorizationCodeTokensOnlyRefreshToken.builder().build(),
                        List.of("token")),
                Arguments.of("ConnectSessionTokenAuthLink", (ThrowingCallable) () -> ConnectSessionTokenAuthLink.builder().build(),
                        List.of("id", "organization_id", "project_id", "origin_owner_id", "origin_owner_name", "created_at",
                                "token", "auth_link_url")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("emptyBuilders")
    void buildWithNothingSetNamesTheClassAndEveryRequiredProperty(String className, ThrowingCallable build,
            List<String> required) {
        IllegalStateException failure = catchThrowableOfType(IllegalStateException.class, build);

        assertThat(failure).isNotNull();
        assertThat(failure.getMessage()).contains(className);
        for (String property : required) {
            assertThat(failure.getMessage()).contains(property);
        }
    }

    @Test
    void missingPropertiesAreNamedByTheirWireNamesNotJavaNames() {
        IllegalStateException failure =
                catchThrowableOfType(IllegalStateException.class, () -> ConnectSessionTokenAuthLink.builder().build());

        assertThat(failure.getMessage()).doesNotContain("organizationId", "originOwnerId", "createdAt", "authLinkUrl");
    }

    @Test
    void buildNamesOnlyThePropertiesStillMissing() {
        Connection.Builder builder = Connection.builder()
                .id("connection-123")
                .projectId("project-456")
                .provider("salesforce")
                .consumer(Samples.consumer().build())
                .createTime(Samples.CREATED)
                .authScheme(ConnectionAuthScheme.NONE);

        assertThatThrownBy(builder::build)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Connection")
                .hasMessageContaining("group")
                .hasMessageContaining("status")
                .hasMessageNotContaining("consumer")
                .hasMessageNotContaining("authScheme")
                .hasMessageNotContaining("createTime");

        assertThat(builder.group(Samples.group().build()).status(ConnectionStatus.CREATED).build().getStatus())
                .isSameAs(ConnectionStatus.CREATED);
    }

    @Test
    void schemasWithoutRequiredPropertiesBuildEmpty() {
        assertThat(PropertyConnectionAuth.builder().build().getAccessToken()).isEmpty();
        Oauth2AuthorizationCodeTokensOnly tokens = Oauth2AuthorizationCodeTokensOnly.builder().build();
        assertThat(tokens.getAccessToken()).isEmpty();
        assertThat(tokens.getRefreshToken()).isEmpty();
        assertThat(tokens.getScopes()).isEmpty();
    }

    // --- null for a required property is refused at once ----------------------------------------------------------

    static Stream<Arguments> requiredSetters() {
        return Stream.of(
                Arguments.of("Connection", "id", (ThrowingCallable) () -> Connection.builder().id(null)),
                Arguments.of("Connection", "projectId", (ThrowingCallable) () -> Connection.builder().projectId(null)),
                Arguments.of("Connection", "provider", (ThrowingCallable) () -> Connection.builder().provider(null)),
                Arguments.of("Connection", "group", (ThrowingCallable) () -> Connection.builder().group(null)),
                Arguments.of("Connection", "consumer", (ThrowingCallable) () -> Connection.builder().consumer(null)),
                Arguments.of("Connection", "createTime", (ThrowingCallable) () -> Connection.builder().createTime(null)),
                Arguments.of("Connection", "authScheme", (ThrowingCallable) () -> Connection.builder().authScheme(null)),
                Arguments.of("Connection", "status", (ThrowingCallable) () -> Connection.builder().status(null)),
                Arguments.of("ProviderApp", "clientId", (ThrowingCallable) () -> ProviderApp.builder().clientId(null)),
                Arguments.of("Group", "groupName", (ThrowingCallable) () -> Group.builder().groupName(null)),
                Arguments.of("Consumer", "consumerRef", (ThrowingCallable) () -> Consumer.builder().consumerRef(null)),
                Arguments.of("Oauth2AuthorizationCodeTokensOnlyAccessToken", "token",
                        (ThrowingCallable) () -> Oauth2AuthorizationCodeTokensOnlyAccessToken.builder().token(null)),
                Arguments.of("Oauth2AuthorizationCodeTokensOnlyRefreshToken", "token",
                        (ThrowingCallable) () -> Oauth2AuthorizationCodeTokensOnlyRefreshToken.builder().token(null)),
                Arguments.of("ConnectSessionTokenAuthLink", "organization_id",
                        (ThrowingCallable) () -> ConnectSessionTokenAuthLink.builder().organizationId(null)),
                Arguments.of("ConnectSessionTokenAuthLink", "created_at",
                        (ThrowingCallable) () -> ConnectSessionTokenAuthLink.builder().createdAt(null)),
                Arguments.of("ConnectSessionTokenAuthLink", "token",
                        (ThrowingCallable) () -> ConnectSessionTokenAuthLink.builder().token(null)),
                Arguments.of("ConnectSessionTokenAuthLink", "auth_link_url",
                        (ThrowingCallable) () -> ConnectSessionTokenAuthLink.builder().authLinkUrl(null)));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("requiredSetters")
    void nullForARequiredPropertyThrowsNullPointerExceptionNamingClassAndProperty(String className, String property,
            ThrowingCallable setNull) {
        assertThatThrownBy(setNull)
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining(className)
                .hasMessageContaining(property);
    }

    @Test
    void refusedNullLeavesTheEarlierValue() {
        Connection.Builder builder = Samples.connection();

        assertThatThrownBy(() -> builder.provider(null)).isInstanceOf(NullPointerException.class);

        assertThat(builder.build().getProvider()).isEqualTo("salesforce");
    }

    // --- null for an optional property ----------------------------------------------------------------------------

    @Test
    void nullForAnOptionalNonNullablePropertyMakesItAbsent() throws Exception {
        Connection withKey = Samples.connection().apiKey("api-key-123").updateTime(Samples.CREATED).build();

        Connection cleared = withKey.toBuilder().apiKey(null).updateTime(null).providerApp(null).build();

        assertThat(cleared.getApiKey()).isEmpty();
        assertThat(cleared.getUpdateTime()).isEmpty();
        assertThat(cleared.getProviderApp()).isEmpty();
        assertThat(writtenTree(cleared).has("apiKey")).isFalse();
        assertThat(writtenTree(cleared).has("updateTime")).isFalse();
        assertThat(cleared).isEqualTo(Samples.connection().build());
        assertThat(withKey.getApiKey()).contains("api-key-123");
    }

    @Test
    void nullForAnOptionalNullablePropertyIsAnExplicitNullAndClearMakesItAbsent() throws Exception {
        ConnectSessionTokenAuthLink explicitNull = Samples.authLink().label(null).build();
        ConnectSessionTokenAuthLink absent = Samples.authLink().label("Acme HRIS").clearLabel().build();

        assertThat(explicitNull.getLabel().isPresent()).isTrue();
        assertThat(explicitNull.getLabel().get()).isNull();
        assertThat(writtenTree(explicitNull).get("label").isNull()).isTrue();
        assertThat(absent.getLabel()).isEqualTo(JsonNullable.undefined());
        assertThat(writtenTree(absent).has("label")).isFalse();
        assertThat(explicitNull).isNotEqualTo(absent);
        assertThat(absent).isEqualTo(Samples.authLink().build());
    }

    // --- toBuilder, equals, hashCode ------------------------------------------------------------------------------

    @Test
    void toBuilderThenBuildIsEqualForEveryExample() throws Exception {
        Connection connection = readFixture(Samples.CONNECTION_FIXTURE, Connection.class);
        ConnectSessionTokenAuthLink link = readFixture(Samples.AUTH_LINK_FIXTURE, ConnectSessionTokenAuthLink.class);
        PropertyConnectionAuth auth = readFixture(Samples.AUTH_FIXTURE, PropertyConnectionAuth.class);

        assertThat(connection.toBuilder().build()).isEqualTo(connection).hasSameHashCodeAs(connection)
                .hasToString(connection.toString());
        assertThat(link.toBuilder().build()).isEqualTo(link).hasSameHashCodeAs(link).hasToString(link.toString());
        assertThat(auth.toBuilder().build()).isEqualTo(auth).hasSameHashCodeAs(auth).hasToString(auth.toString());
        Group group = connection.getGroup();
        assertThat(group.toBuilder().build()).isEqualTo(group).hasSameHashCodeAs(group);
        ProviderApp app = connection.getProviderApp().orElseThrow();
        assertThat(app.toBuilder().build()).isEqualTo(app).hasSameHashCodeAs(app);
        Oauth2AuthorizationCodeTokensOnly tokens = connection.getOauth2AuthorizationCode().orElseThrow();
        assertThat(tokens.toBuilder().build()).isEqualTo(tokens).hasSameHashCodeAs(tokens);
    }

    @Test
    void toBuilderChangesOnlyTheCopy() throws Exception {
        Connection original = readFixture(Samples.CONNECTION_FIXTURE, Connection.class);

        Connection changed = original.toBuilder()
                .status(ConnectionStatus.BAD_CREDENTIALS)
                .additionalProperty("x-note", "rotated")
                .build();

        assertThat(changed.getStatus()).isSameAs(ConnectionStatus.BAD_CREDENTIALS);
        assertThat(changed.getAdditionalProperties()).containsEntry("x-note", "rotated");
        assertThat(original.getStatus()).isSameAs(ConnectionStatus.WORKING);
        assertThat(original.getAdditionalProperties()).isEmpty();
        assertThat(changed).isNotEqualTo(original);
        assertThat(changed.toBuilder().status(ConnectionStatus.WORKING).additionalProperties(Map.of()).build())
                .isEqualTo(original);
    }

    @Test
    void aBuilderCanBuildTwiceAndLaterChangesDoNotReachBuiltObjects() {
        Connection.Builder builder = Samples.connection();
        Connection first = builder.build();

        Connection second = builder.apiKey("api-key-123").build();

        assertThat(first.getApiKey()).isEmpty();
        assertThat(second.getApiKey()).contains("api-key-123");
        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void equalsAndHashCodeCoverEveryPropertyKind() {
        Connection base = Samples.connection().build();

        assertThat(base).isEqualTo(Samples.connection().build()).hasSameHashCodeAs(Samples.connection().build());
        assertThat(base).isNotEqualTo(null).isNotEqualTo("connection-123");
        assertThat(base).isNotEqualTo(Samples.connection().id("connection-124").build());
        assertThat(base).isNotEqualTo(Samples.connection().apiKey("api-key-123").build());
        assertThat(base).isNotEqualTo(Samples.connection().group(Samples.group().groupName("Other").build()).build());
        assertThat(base).isNotEqualTo(Samples.connection().createTime(OffsetDateTime.parse("2023-07-13T21:34:44.817Z")).build());
        assertThat(base).isNotEqualTo(Samples.connection().authScheme(ConnectionAuthScheme.of("oauth2/other")).build());
        assertThat(base).isNotEqualTo(Samples.connection().additionalProperty("x", 1).build());
        assertThat(Samples.connection().additionalProperty("x", 1).build())
                .isEqualTo(Samples.connection().additionalProperty("x", 1).build())
                .hasSameHashCodeAs(Samples.connection().additionalProperty("x", 1).build());

        ConnectSessionTokenAuthLink link = Samples.authLink().build();
        assertThat(link).isNotEqualTo(Samples.authLink().provider(null).build());
        assertThat(link).isNotEqualTo(Samples.authLink().provider("bamboohr").build());
        assertThat(Samples.authLink().provider(null).build()).isEqualTo(Samples.authLink().provider(null).build())
                .hasSameHashCodeAs(Samples.authLink().provider(null).build());
        assertThat(Samples.authLink().authLinkUrl(URI.create("https://hub.example.com/other")).build()).isNotEqualTo(link);
    }

    @Test
    void declaredNamesCannotBeAddedAsUnknownProperties() {
        assertThatThrownBy(() -> Connection.builder().additionalProperty("apiKey", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiKey");
        assertThatThrownBy(() -> ConnectSessionTokenAuthLink.builder().additionalProperty("auth_link_url", "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("auth_link_url");
    }
}
