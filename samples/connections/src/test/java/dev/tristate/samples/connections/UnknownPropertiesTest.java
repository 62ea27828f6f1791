package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.assertSameJson;
import static dev.tristate.samples.connections.Json.fieldNames;
import static dev.tristate.samples.connections.Json.fixture;
import static dev.tristate.samples.connections.Json.objectTree;
import static dev.tristate.samples.connections.Json.read;
import static dev.tristate.samples.connections.Json.tree;
import static dev.tristate.samples.connections.Json.write;
import static dev.tristate.samples.connections.Json.writtenTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Properties the spec does not declare: kept in the order they were read, visible in getAdditionalProperties(),
 * written back after the declared ones.
 */
class UnknownPropertiesTest {

    /** A Group with unknown properties before, between and after the declared ones. */
    private static final String GROUP_WITH_UNKNOWNS = """
            {
              "zeta": 1,
              "groupRef": "group-123",
              "alpha": {"nested": [1, 2], "deep": {"x": "y"}},
              "groupName": "Super Customer",
              "middle": null,
              "projectId": "project-456",
              "createTime": "2023-07-13T21:34:44.816Z",
              "omega": "last",
              "flag": true,
              "ratio": 0.25,
              "list": ["a", 3, null]
            }
            """;

    @Test
    void unknownPropertiesAreKeptInReadOrderWithTheirValues() throws Exception {
        Group group = read(GROUP_WITH_UNKNOWNS, Group.class);

        Map<String, Object> unknown = group.getAdditionalProperties();
        assertThat(unknown.keySet()).containsExactly("zeta", "alpha", "middle", "omega", "flag", "ratio", "list");
        assertThat(unknown.get("zeta")).isEqualTo(1);
        assertThat(unknown.get("alpha")).isEqualTo(Map.of("nested", List.of(1, 2), "deep", Map.of("x", "y")));
        assertThat(unknown).containsEntry("middle", null);
        assertThat(unknown.get("omega")).isEqualTo("last");
        assertThat(unknown.get("flag")).isEqualTo(true);
        assertThat(unknown.get("ratio")).isEqualTo(0.25);
        assertThat(unknown.get("list")).isEqualTo(Arrays.asList("a", 3, null));
        assertThat(group.getGroupRef()).isEqualTo("group-123");
        assertThat(group.getGroupName()).isEqualTo("Super Customer");
    }

    @Test
    void unknownPropertiesAreWrittenAfterTheDeclaredOnesInReadOrder() throws Exception {
        Group group = read(GROUP_WITH_UNKNOWNS, Group.class);

        JsonNode written = writtenTree(group);

        assertThat(fieldNames(written)).containsExactly("groupRef", "groupName", "projectId", "createTime",
                "zeta", "alpha", "middle", "omega", "flag", "ratio", "list");
        assertSameJson(written, tree(GROUP_WITH_UNKNOWNS));
        assertThat(written.get("middle").isNull()).isTrue();
        assertThat(fieldNames(written.get("alpha"))).containsExactly("nested", "deep");
    }

    @Test
    void unknownPropertiesSurviveARoundTripAtEveryLevel() throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        ObjectNode withUnknowns = Json.MAPPER.createObjectNode();
        withUnknowns.put("x-first", "a");
        withUnknowns.setAll(json);
        withUnknowns.put("x-last", 42);
        ((ObjectNode) withUnknowns.get("consumer")).put("tier", "gold");
        ((ObjectNode) withUnknowns.get("providerApp")).putArray("redirectUris").add("https://app.example/cb");
        ((ObjectNode) withUnknowns.get("oauth2AuthorizationCode").get("accessToken")).put("tokenType", "Bearer");

        Connection connection = read(withUnknowns.toString(), Connection.class);

        assertThat(connection.getAdditionalProperties()).containsExactly(Map.entry("x-first", "a"), Map.entry("x-last", 42));
        assertThat(connection.getConsumer().getAdditionalProperties()).containsExactly(Map.entry("tier", "gold"));
        assertThat(connection.getProviderApp().orElseThrow().getAdditionalProperties())
                .containsExactly(Map.entry("redirectUris", List.of("https://app.example/cb")));
        assertThat(connection.getOauth2AuthorizationCode().orElseThrow().getAccessToken().orElseThrow()
                .getAdditionalProperties()).containsExactly(Map.entry("tokenType", "Bearer"));

        JsonNode written = writtenTree(connection);
        assertSameJson(written, withUnknowns);
        List<String> names = fieldNames(written);
        assertThat(names.subList(names.size() - 2, names.size())).containsExactly("x-first", "x-last");
        assertThat(fieldNames(written.get("consumer"))).last().isEqualTo("tier");
        assertThat(read(write(connection), Connection.class)).isEqualTo(connection);
    }

    @Test
    void unknownPropertiesOnSnakeCaseAndAllOptionalSchemas() throws Exception {
        ObjectNode link = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        link.put("connector_version", "2.1");
        ObjectNode auth = objectTree("{\"x-region\": \"eu\", \"name\": \"Acme HRIS\", \"x-shard\": 7}");

        ConnectSessionTokenAuthLink readLink = read(link.toString(), ConnectSessionTokenAuthLink.class);
        PropertyConnectionAuth readAuth = read(auth.toString(), PropertyConnectionAuth.class);

        assertThat(readLink.getAdditionalProperties()).containsExactly(Map.entry("connector_version", "2.1"));
        assertThat(readAuth.getAdditionalProperties()).containsExactly(Map.entry("x-region", "eu"), Map.entry("x-shard", 7));
        assertThat(fieldNames(writtenTree(readAuth))).containsExactly("name", "x-region", "x-shard");
        assertSameJson(writtenTree(readLink), link);
        assertSameJson(writtenTree(readAuth), auth);
    }

    @Test
    void unknownPropertiesAddedInCodeAreWrittenAfterTheDeclaredOnes() throws Exception {
        Group group = Samples.group()
                .additionalProperty("b", "second-added-first")
                .additionalProperty("a", List.of(1))
                .updateTime(Samples.CREATED)
                .build();

        assertThat(group.getAdditionalProperties().keySet()).containsExactly("b", "a");
        assertThat(fieldNames(writtenTree(group)))
                .containsExactly("groupRef", "groupName", "projectId", "createTime", "updateTime", "b", "a");
    }

    @Test
    void additionalPropertiesReplacesAllUnknownProperties() throws Exception {
        Group group = read(GROUP_WITH_UNKNOWNS, Group.class);

        Group replaced = group.toBuilder().additionalProperties(Map.of("only", "one")).build();

        assertThat(replaced.getAdditionalProperties()).containsExactly(Map.entry("only", "one"));
        assertThat(group.getAdditionalProperties()).hasSize(7);
        assertThat(replaced).isNotEqualTo(group);
    }

    @Test
    void anObjectKeepsItsUnknownPropertiesWhileItsBuilderGoesOn() {
        Group.Builder builder = Samples.group().additionalProperty("a", 1);
        Group first = builder.build();
        Group second = builder.additionalProperty("b", 2).build();
        Group third = builder.additionalProperties(Map.of()).build();

        assertThat(first.getAdditionalProperties()).containsExactly(Map.entry("a", 1));
        assertThat(second.getAdditionalProperties()).containsExactly(Map.entry("a", 1), Map.entry("b", 2));
        assertThat(third.getAdditionalProperties()).isEmpty();
    }

    @Test
    void anUnknownPropertyAddedThroughToBuilderLeavesTheSourceAlone() {
        Group plain = Samples.group().build();

        Group added = plain.toBuilder().additionalProperty("x", "y").build();

        assertThat(plain.getAdditionalProperties()).isEmpty();
        assertThat(added.getAdditionalProperties()).containsExactly(Map.entry("x", "y"));
        assertThat(added.toBuilder().build()).isEqualTo(added);
    }

    @Test
    void unknownPropertiesTakePartInEquals() throws Exception {
        Group withUnknowns = read(GROUP_WITH_UNKNOWNS, Group.class);
        ObjectNode declaredOnly = objectTree(GROUP_WITH_UNKNOWNS);
        declaredOnly.retain("groupRef", "groupName", "projectId", "createTime");

        Group without = read(declaredOnly.toString(), Group.class);

        assertThat(withUnknowns).isNotEqualTo(without);
        assertThat(withUnknowns).isEqualTo(read(GROUP_WITH_UNKNOWNS, Group.class))
                .hasSameHashCodeAs(read(GROUP_WITH_UNKNOWNS, Group.class));
        assertThat(without.getAdditionalProperties()).isEmpty();
    }
}
