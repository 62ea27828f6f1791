package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.assertSameJson;
import static dev.tristate.samples.connections.Json.objectTree;
import static dev.tristate.samples.connections.Json.read;
import static dev.tristate.samples.connections.Json.readFixture;
import static dev.tristate.samples.connections.Json.tree;
import static dev.tristate.samples.connections.Json.write;
import static dev.tristate.samples.connections.Json.writtenTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.jackson.nullable.JsonNullable;

/** Lists and maps: unmodifiable copies; an absent list stays absent and an empty one stays empty. */
class CollectionsTest {

    @Test
    void listsReadFromJsonAreUnmodifiable() throws Exception {
        Connection connection = readFixture(Samples.CONNECTION_FIXTURE, Connection.class);
        PropertyConnectionAuth auth = readFixture(Samples.AUTH_FIXTURE, PropertyConnectionAuth.class);
        ConnectSessionTokenAuthLink link = readFixture(Samples.AUTH_LINK_FIXTURE, ConnectSessionTokenAuthLink.class);

        List<String> scopes = connection.getProviderApp().orElseThrow().getScopes().orElseThrow();
        assertThatThrownBy(() -> scopes.add("crm.write")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> scopes.set(0, "x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(scopes::clear).isInstanceOf(UnsupportedOperationException.class);
        List<String> emails = auth.getEmails().orElseThrow();
        assertThatThrownBy(() -> emails.add("x@acme.example")).isInstanceOf(UnsupportedOperationException.class);
        List<String> other = auth.getOtherAuthInfo().orElseThrow();
        assertThatThrownBy(() -> other.remove(0)).isInstanceOf(UnsupportedOperationException.class);
        List<ConnectSessionTokenAuthLinkCategories> categories = link.getCategories().get();
        assertThatThrownBy(() -> categories.add(ConnectSessionTokenAuthLinkCategories.CRM))
                .isInstanceOf(UnsupportedOperationException.class);

        assertThat(connection.getProviderApp().orElseThrow().getScopes()).contains(List.of("oauth", "offline", "crm.read"));
        assertThat(link.getCategories().get()).hasSize(2);
    }

    @Test
    void mapsReadFromJsonAreUnmodifiable() throws Exception {
        PropertyConnectionAuth auth = readFixture(Samples.AUTH_FIXTURE, PropertyConnectionAuth.class);
        ConnectSessionTokenAuthLink link = readFixture(Samples.AUTH_LINK_FIXTURE, ConnectSessionTokenAuthLink.class);

        Map<String, Object> meta = auth.getMeta().orElseThrow();
        assertThatThrownBy(() -> meta.put("region", "us")).isInstanceOf(UnsupportedOperationException.class);
        Map<String, Object> metadata = link.getMetadata().get();
        assertThatThrownBy(() -> metadata.remove("plan")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> auth.getAdditionalProperties().put("x", 1))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(meta).containsEntry("region", "eu");
        assertThat(metadata).containsEntry("plan", "enterprise");
    }

    @Test
    void builderCopiesListsAndMapsSoLaterChangesToTheArgumentDoNotLeakIn() {
        List<String> scopes = new ArrayList<>(List.of("oauth"));
        List<ConnectSessionTokenAuthLinkCategories> categories =
                new ArrayList<>(List.of(ConnectSessionTokenAuthLinkCategories.HRIS));
        Map<String, Object> metadata = new LinkedHashMap<>(Map.of("plan", "enterprise"));
        Map<String, Object> meta = new HashMap<>(Map.of("region", "eu"));

        ProviderApp app = Samples.providerApp().scopes(scopes).build();
        ConnectSessionTokenAuthLink link = Samples.authLink().categories(categories).metadata(metadata).build();
        PropertyConnectionAuth auth = PropertyConnectionAuth.builder().meta(meta).build();
        scopes.add("offline");
        categories.clear();
        metadata.put("plan", "free");
        meta.put("sandbox", true);

        assertThat(app.getScopes()).contains(List.of("oauth"));
        assertThat(link.getCategories().get()).containsExactly(ConnectSessionTokenAuthLinkCategories.HRIS);
        assertThat(link.getMetadata().get()).containsExactly(Map.entry("plan", "enterprise"));
        assertThat(auth.getMeta().orElseThrow()).containsExactly(Map.entry("region", "eu"));
    }

    @Test
    void listsBuiltInCodeAreUnmodifiable() {
        ProviderApp app = Samples.providerApp().scopes(new ArrayList<>(List.of("oauth"))).build();
        ConnectSessionTokenAuthLink link = Samples.authLink()
                .categories(new ArrayList<>(List.of(ConnectSessionTokenAuthLinkCategories.ATS)))
                .metadata(new LinkedHashMap<>(Map.of("plan", "enterprise")))
                .build();

        assertThatThrownBy(() -> app.getScopes().orElseThrow().add("x")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> link.getCategories().get().add(ConnectSessionTokenAuthLinkCategories.CRM))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> link.getMetadata().get().put("k", "v"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    // --- absent vs empty ------------------------------------------------------------------------------------------

    @Test
    void absentScopesStayAbsent() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_CONNECTION_JSON);
        json.set("providerApp", tree("""
                {"id": "provider-app-123", "projectId": "project-456", "provider": "salesforce",
                 "clientId": "client-id-123", "createTime": "2024-04-07T16:27:00.895Z"}
                """));

        Connection connection = read(json.toString(), Connection.class);

        assertThat(connection.getProviderApp().orElseThrow().getScopes()).isEmpty();
        JsonNode written = writtenTree(connection);
        assertThat(written.get("providerApp").has("scopes")).isFalse();
        assertSameJson(written, json);
        assertThat(read(write(connection), Connection.class)).isEqualTo(connection);
    }

    @Test
    void emptyScopesStayAnEmptyList() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_CONNECTION_JSON);
        json.set("providerApp", tree("""
                {"id": "provider-app-123", "projectId": "project-456", "provider": "salesforce",
                 "clientId": "client-id-123", "scopes": [], "createTime": "2024-04-07T16:27:00.895Z"}
                """));

        Connection connection = read(json.toString(), Connection.class);

        assertThat(connection.getProviderApp().orElseThrow().getScopes()).hasValueSatisfying(s -> assertThat(s).isEmpty());
        JsonNode written = writtenTree(connection);
        assertThat(written.get("providerApp").get("scopes").isArray()).isTrue();
        assertThat(written.get("providerApp").get("scopes")).isEmpty();
        assertSameJson(written, json);
        Connection again = read(write(connection), Connection.class);
        assertThat(again).isEqualTo(connection);
        assertThat(again.getProviderApp().orElseThrow().getScopes()).isPresent();
    }

    @Test
    void absentAndEmptyListsAreNotEqual() {
        assertThat(Samples.providerApp().build()).isNotEqualTo(Samples.providerApp().scopes(List.of()).build());
        assertThat(Samples.providerApp().scopes(List.of()).build().getScopes()).contains(List.of());
        assertThat(Samples.providerApp().build().getScopes()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"emails", "other_auth_info"})
    void authListsKeepAbsentApartFromEmpty(String property) throws Exception {
        PropertyConnectionAuth absent = read("{}", PropertyConnectionAuth.class);
        PropertyConnectionAuth empty = read("{\"" + property + "\": []}", PropertyConnectionAuth.class);

        assertThat(absent).isNotEqualTo(empty);
        assertThat(write(absent)).isEqualTo("{}");
        assertThat(write(empty)).isEqualTo("{\"" + property + "\":[]}");
        assertThat(read(write(empty), PropertyConnectionAuth.class)).isEqualTo(empty);
    }

    @Test
    void tokenScopesKeepAbsentApartFromEmpty() throws Exception {
        Oauth2AuthorizationCodeTokensOnly absent = read("{}", Oauth2AuthorizationCodeTokensOnly.class);
        Oauth2AuthorizationCodeTokensOnly empty = read("{\"scopes\": []}", Oauth2AuthorizationCodeTokensOnly.class);

        assertThat(absent.getScopes()).isEmpty();
        assertThat(empty.getScopes()).contains(List.of());
        assertThat(write(absent)).isEqualTo("{}");
        assertThat(write(empty)).isEqualTo("{\"scopes\":[]}");
    }

    @Test
    void nullableCategoriesHaveFourDistinctStates() throws Exception {
        String absentJson = Samples.MINIMAL_AUTH_LINK_JSON;
        ObjectNode nullJson = objectTree(absentJson);
        nullJson.putNull("categories");
        ObjectNode emptyJson = objectTree(absentJson);
        emptyJson.putArray("categories");
        ObjectNode valueJson = objectTree(absentJson);
        valueJson.putArray("categories").add("ats");

        ConnectSessionTokenAuthLink absent = read(absentJson, ConnectSessionTokenAuthLink.class);
        ConnectSessionTokenAuthLink explicitNull = read(nullJson.toString(), ConnectSessionTokenAuthLink.class);
        ConnectSessionTokenAuthLink empty = read(emptyJson.toString(), ConnectSessionTokenAuthLink.class);
        ConnectSessionTokenAuthLink value = read(valueJson.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(absent.getCategories()).isEqualTo(JsonNullable.undefined());
        assertThat(explicitNull.getCategories()).isEqualTo(JsonNullable.of(null));
        assertThat(empty.getCategories()).isEqualTo(JsonNullable.of(List.of()));
        assertThat(value.getCategories()).isEqualTo(JsonNullable.of(List.of(ConnectSessionTokenAuthLinkCategories.ATS)));
        assertThat(List.of(absent, explicitNull, empty, value)).doesNotHaveDuplicates();

        assertSameJson(writtenTree(absent), tree(absentJson));
        assertSameJson(writtenTree(explicitNull), nullJson);
        assertSameJson(writtenTree(empty), emptyJson);
        assertSameJson(writtenTree(value), valueJson);
        for (ConnectSessionTokenAuthLink link : List.of(absent, explicitNull, empty, value)) {
            assertThat(read(write(link), ConnectSessionTokenAuthLink.class)).isEqualTo(link);
        }
    }

    @Test
    void emptyMetadataStaysAnEmptyObject() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.putObject("metadata");

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(link.getMetadata()).isEqualTo(JsonNullable.of(Map.of()));
        assertThat(writtenTree(link).get("metadata")).isEqualTo(tree("{}"));
    }
}
