package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.assertSameJson;
import static dev.tristate.samples.connections.Json.fieldNames;
import static dev.tristate.samples.connections.Json.fixture;
import static dev.tristate.samples.connections.Json.objectTree;
import static dev.tristate.samples.connections.Json.read;
import static dev.tristate.samples.connections.Json.readFixture;
import static dev.tristate.samples.connections.Json.tree;
import static dev.tristate.samples.connections.Json.write;
import static dev.tristate.samples.connections.Json.writtenTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Unified.to's auth object (seed 002): twenty optional, non-nullable properties; nothing is required. */
class PropertyConnectionAuthTest {

    private static final List<String> WIRE_NAMES = List.of("access_token", "api_url", "app_id", "authorize_url",
            "client_id", "client_secret", "consumer_key", "consumer_secret", "emails", "expires_in", "expiry_date", "key",
            "meta", "name", "other_auth_info", "pem", "refresh_token", "state", "token", "token_url");

    private static final List<Function<PropertyConnectionAuth, Optional<?>>> GETTERS = List.of(
            PropertyConnectionAuth::getAccessToken, PropertyConnectionAuth::getApiUrl, PropertyConnectionAuth::getAppId,
            PropertyConnectionAuth::getAuthorizeUrl, PropertyConnectionAuth::getClientId,
            PropertyConnectionAuth::getClientSecret, PropertyConnectionAuth::getConsumerKey,
            PropertyConnectionAuth::getConsumerSecret, PropertyConnectionAuth::getEmails,
            PropertyConnectionAuth::getExpiresIn, PropertyConnectionAuth::getExpiryDate, PropertyConnectionAuth::getKey,
            PropertyConnectionAuth::getMeta, PropertyConnectionAuth::getName, PropertyConnectionAuth::getOtherAuthInfo,
            PropertyConnectionAuth::getPem, PropertyConnectionAuth::getRefreshToken, PropertyConnectionAuth::getState,
            PropertyConnectionAuth::getToken, PropertyConnectionAuth::getTokenUrl);

    @Test
    void readsEveryValueOfTheExample() throws Exception {
        PropertyConnectionAuth auth = readFixture(Samples.AUTH_FIXTURE, PropertyConnectionAuth.class);

        assertThat(auth.getAccessToken()).contains("<redacted-access-token>");
        assertThat(auth.getApiUrl()).contains(URI.create("https://api.example-hris.com/v1"));
        assertThat(auth.getAppId()).contains("app-123");
        assertThat(auth.getAuthorizeUrl()).contains(URI.create("https://login.example-hris.com/oauth2/authorize"));
        assertThat(auth.getClientId()).contains("client-id-123");
        assertThat(auth.getClientSecret()).contains("<redacted-client-secret>");
        assertThat(auth.getConsumerKey()).contains("consumer-key-123");
        assertThat(auth.getConsumerSecret()).contains("<redacted-consumer-secret>");
        assertThat(auth.getEmails()).contains(List.of("jane.doe@acme.example"));
        assertThat(auth.getExpiresIn()).contains(3600.0);
        assertThat(auth.getExpiryDate()).contains(OffsetDateTime.parse("2025-12-03T11:15:30Z"));
        assertThat(auth.getKey()).contains("<redacted-key>");
        assertThat(auth.getMeta()).contains(Map.of("region", "eu", "sandbox", false));
        assertThat(auth.getName()).contains("Acme HRIS");
        assertThat(auth.getOtherAuthInfo()).contains(List.of("<redacted-credential-1>", "<redacted-credential-2>"));
        assertThat(auth.getPem()).contains("<redacted-pem>");
        assertThat(auth.getRefreshToken()).contains("<redacted-refresh-token>");
        assertThat(auth.getState()).contains("state-4f2a9c");
        assertThat(auth.getToken()).contains("<redacted-token>");
        assertThat(auth.getTokenUrl()).contains(URI.create("https://login.example-hris.com/oauth2/token"));
        assertThat(auth.getAdditionalProperties()).isEmpty();
    }

    @Test
    void emptyObjectIsValidEveryPropertyEmptyAndWritesAnEmptyObject() throws Exception {
        PropertyConnectionAuth auth = read("{}", PropertyConnectionAuth.class);

        for (int i = 0; i < GETTERS.size(); i++) {
            assertThat(GETTERS.get(i).apply(auth)).as(WIRE_NAMES.get(i)).isEmpty();
        }
        assertThat(write(auth)).isEqualTo("{}");
        assertThat(auth).isEqualTo(PropertyConnectionAuth.builder().build());
    }

    @Test
    void nullForEveryPropertyReadsAsAbsentAndIsNotWritten() throws Exception {
        ObjectNode json = Json.MAPPER.createObjectNode();
        WIRE_NAMES.forEach(json::putNull);

        PropertyConnectionAuth auth = read(json.toString(), PropertyConnectionAuth.class);

        for (int i = 0; i < GETTERS.size(); i++) {
            assertThat(GETTERS.get(i).apply(auth)).as(WIRE_NAMES.get(i)).isEmpty();
        }
        assertThat(auth.getAdditionalProperties()).isEmpty();
        assertThat(write(auth)).isEqualTo("{}");
    }

    @Test
    void eachPropertyAloneIsPresentOnlyItself() throws Exception {
        JsonNode example = tree(fixture(Samples.AUTH_FIXTURE));
        for (int i = 0; i < WIRE_NAMES.size(); i++) {
            String wire = WIRE_NAMES.get(i);
            ObjectNode json = Json.MAPPER.createObjectNode();
            json.set(wire, example.get(wire));

            PropertyConnectionAuth auth = read(json.toString(), PropertyConnectionAuth.class);

            for (int j = 0; j < GETTERS.size(); j++) {
                assertThat(GETTERS.get(j).apply(auth).isPresent()).as("%s when only %s is sent", WIRE_NAMES.get(j), wire)
                        .isEqualTo(i == j);
            }
            JsonNode written = writtenTree(auth);
            assertThat(fieldNames(written)).containsExactly(wire);
            assertSameJson(written, json);
        }
    }

    @Test
    void writesPropertiesInTheSpecsOrder() throws Exception {
        PropertyConnectionAuth auth = readFixture(Samples.AUTH_FIXTURE, PropertyConnectionAuth.class);

        assertThat(fieldNames(writtenTree(auth))).containsExactlyElementsOf(WIRE_NAMES);
    }

    @Test
    void freeFormMetaKeepsNestedValuesOfAnyType() throws Exception {
        String json = """
                {"meta": {"region": "eu", "sandbox": false, "limits": {"daily": 1000, "burst": 2.5},
                          "scopes": ["read", "write"], "note": null}}
                """;

        PropertyConnectionAuth auth = read(json, PropertyConnectionAuth.class);

        Map<String, Object> meta = auth.getMeta().orElseThrow();
        assertThat(meta).containsOnlyKeys("region", "sandbox", "limits", "scopes", "note");
        assertThat(meta.keySet()).containsExactly("region", "sandbox", "limits", "scopes", "note");
        assertThat(meta.get("sandbox")).isEqualTo(false);
        assertThat(meta.get("limits")).isEqualTo(Map.of("daily", 1000, "burst", 2.5));
        assertThat(meta.get("scopes")).isEqualTo(List.of("read", "write"));
        assertThat(meta).containsEntry("note", null);
        assertSameJson(writtenTree(auth), tree(json));
    }

    @Test
    void urisAreReadAsUris() throws Exception {
        PropertyConnectionAuth auth = read("{\"api_url\": \"https://api.example-hris.com/v1/a%20b?x=1#frag\"}",
                PropertyConnectionAuth.class);

        URI uri = auth.getApiUrl().orElseThrow();
        assertThat(uri.getHost()).isEqualTo("api.example-hris.com");
        assertThat(uri.getRawPath()).isEqualTo("/v1/a%20b");
        assertThat(uri.getFragment()).isEqualTo("frag");
        assertThat(writtenTree(auth).get("api_url").asText()).isEqualTo("https://api.example-hris.com/v1/a%20b?x=1#frag");
    }

    @Test
    void builderSetsEveryPropertyLikeTheExample() throws Exception {
        PropertyConnectionAuth built = PropertyConnectionAuth.builder()
                .accessToken("<redacted-access-token>")
                .apiUrl(URI.create("https://api.example-hris.com/v1"))
                .appId("app-123")
                .authorizeUrl(URI.create("https://login.example-hris.com/oauth2/authorize"))
                .clientId("client-id-123")
                .clientSecret("<redacted-client-secret>")
                .consumerKey("consumer-key-123")
                .consumerSecret("<redacted-consumer-secret>")
                .emails(List.of("jane.doe@acme.example"))
                .expiresIn(3600.0)
                .expiryDate(OffsetDateTime.parse("2025-12-03T11:15:30Z"))
                .key("<redacted-key>")
                .meta(Map.of("region", "eu", "sandbox", false))
                .name("Acme HRIS")
                .otherAuthInfo(List.of("<redacted-credential-1>", "<redacted-credential-2>"))
                .pem("<redacted-pem>")
                .refreshToken("<redacted-refresh-token>")
                .state("state-4f2a9c")
                .token("<redacted-token>")
                .tokenUrl(URI.create("https://login.example-hris.com/oauth2/token"))
                .build();

        assertThat(built).isEqualTo(readFixture(Samples.AUTH_FIXTURE, PropertyConnectionAuth.class));
        assertSameJson(writtenTree(built), tree(fixture(Samples.AUTH_FIXTURE)));
    }

    @Test
    void builderNullMakesEachPropertyAbsentAgain() throws Exception {
        PropertyConnectionAuth full = readFixture(Samples.AUTH_FIXTURE, PropertyConnectionAuth.class);

        PropertyConnectionAuth emptied = full.toBuilder()
                .accessToken(null).apiUrl(null).appId(null).authorizeUrl(null).clientId(null).clientSecret(null)
                .consumerKey(null).consumerSecret(null).emails(null).expiresIn(null).expiryDate(null).key(null)
                .meta(null).name(null).otherAuthInfo(null).pem(null).refreshToken(null).state(null).token(null)
                .tokenUrl(null)
                .build();

        assertThat(Stream.of(emptied).flatMap(a -> GETTERS.stream().map(g -> g.apply(a))))
                .allMatch(Optional::isEmpty);
        assertThat(emptied).isEqualTo(PropertyConnectionAuth.builder().build());
        assertThat(write(emptied)).isEqualTo("{}");
        assertThat(full.getAccessToken()).as("the original is untouched").isPresent();
    }
}
