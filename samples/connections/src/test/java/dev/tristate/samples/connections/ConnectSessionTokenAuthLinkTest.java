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
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * StackOne's ConnectSessionTokenAuthLink (seed 003): snake_case wire names, and nine optional AND nullable
 * properties, each of which has three states: absent, explicit null, value.
 */
class ConnectSessionTokenAuthLinkTest {

    @Test
    void readsEveryValueOfSeed003() throws Exception {
        ConnectSessionTokenAuthLink link = readFixture(Samples.AUTH_LINK_FIXTURE, ConnectSessionTokenAuthLink.class);

        assertThat(link.getId()).isEqualTo(4082.0);
        assertThat(link.getOrganizationId()).isEqualTo(117.0);
        assertThat(link.getProjectId()).isEqualTo("acme-production");
        assertThat(link.getCategories()).isEqualTo(JsonNullable.of(
                List.of(ConnectSessionTokenAuthLinkCategories.HRIS, ConnectSessionTokenAuthLinkCategories.ATS)));
        assertThat(link.getProvider()).isEqualTo(JsonNullable.of("bamboohr"));
        assertThat(link.getOriginOwnerId()).isEqualTo("customer-8812");
        assertThat(link.getOriginOwnerName()).isEqualTo("Acme Inc.");
        assertThat(link.getOriginUsername()).isEqualTo(JsonNullable.of("jane.doe@acme.example"));
        // A string of digits that does not fit a long: kept as the exact string.
        assertThat(link.getAccountId()).isEqualTo(JsonNullable.of("45355976281015164504"));
        assertThat(link.getLabel()).isEqualTo(JsonNullable.of("Acme HRIS"));
        assertThat(link.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2025-12-03T10:15:30.123Z"));
        assertThat(link.getMetadata()).isEqualTo(JsonNullable.of(Map.of("plan", "enterprise", "region", "eu")));
        assertThat(link.getExternalTriggerToken()).isEqualTo(JsonNullable.of("<redacted-external-trigger-token>"));
        assertThat(link.getType()).isEqualTo(JsonNullable.of(ConnectSessionTokenAuthLinkType.PRODUCTION));
        assertThat(link.getType().get()).isSameAs(ConnectSessionTokenAuthLinkType.PRODUCTION);
        assertThat(link.getIntegrationId())
                .isEqualTo(JsonNullable.of(UUID.fromString("3f6c2a1e-9b7d-4c2e-8f1a-2d5e6b7c8a90")));
        assertThat(link.getToken()).isEqualTo("<redacted-token>");
        assertThat(link.getAuthLinkUrl()).isEqualTo(URI.create("https://hub.example.com/connect?token=redacted"));
        assertThat(link.getAdditionalProperties()).isEmpty();
    }

    @Test
    void metadataKeepsItsKeyOrder() throws Exception {
        ConnectSessionTokenAuthLink link = readFixture(Samples.AUTH_LINK_FIXTURE, ConnectSessionTokenAuthLink.class);

        assertThat(link.getMetadata().get()).containsExactly(Map.entry("plan", "enterprise"), Map.entry("region", "eu"));
    }

    @Test
    void minimalJsonLeavesEveryNullablePropertyUndefined() throws Exception {
        ConnectSessionTokenAuthLink link = read(Samples.MINIMAL_AUTH_LINK_JSON, ConnectSessionTokenAuthLink.class);

        for (OptionalNullable property : OptionalNullable.values()) {
            assertThat(property.getter.apply(link)).as(property.wire).isEqualTo(JsonNullable.undefined());
            assertThat(property.getter.apply(link).isPresent()).as(property.wire).isFalse();
        }
        assertThat(link).isEqualTo(Samples.authLink().build());
        assertSameJson(writtenTree(link), tree(Samples.MINIMAL_AUTH_LINK_JSON));
    }

    /** The nine optional, nullable properties, a JSON value and the Java value it reads as, and the builder method. */
    enum OptionalNullable {
        CATEGORIES("categories", "[\"hris\", \"ats\"]",
                List.of(ConnectSessionTokenAuthLinkCategories.HRIS, ConnectSessionTokenAuthLinkCategories.ATS),
                ConnectSessionTokenAuthLink::getCategories,
                (b, v) -> b.categories(cast(v)), ConnectSessionTokenAuthLink.Builder::clearCategories),
        PROVIDER("provider", "\"bamboohr\"", "bamboohr", ConnectSessionTokenAuthLink::getProvider,
                (b, v) -> b.provider((String) v), ConnectSessionTokenAuthLink.Builder::clearProvider),
        ORIGIN_USERNAME("origin_username", "\"jane.doe@acme.example\"", "jane.doe@acme.example",
                ConnectSessionTokenAuthLink::getOriginUsername,
                (b, v) -> b.originUsername((String) v), ConnectSessionTokenAuthLink.Builder::clearOriginUsername),
        ACCOUNT_ID("account_id", "\"45355976281015164504\"", "45355976281015164504",
                ConnectSessionTokenAuthLink::getAccountId,
                (b, v) -> b.accountId((String) v), ConnectSessionTokenAuthLink.Builder::clearAccountId),
        LABEL("label", "\"Acme HRIS\"", "Acme HRIS", ConnectSessionTokenAuthLink::getLabel,
                (b, v) -> b.label((String) v), ConnectSessionTokenAuthLink.Builder::clearLabel),
        METADATA("metadata", "{\"plan\": \"enterprise\", \"seats\": 40, \"tags\": [\"a\", null]}",
                orderedMap("plan", "enterprise", "seats", 40, "tags", Arrays.asList("a", null)),
                ConnectSessionTokenAuthLink::getMetadata,
                (b, v) -> b.metadata(cast(v)), ConnectSessionTokenAuthLink.Builder::clearMetadata),
        EXTERNAL_TRIGGER_TOKEN("external_trigger_token", "\"f0bc3d88-2178-5423-8c81-b81d6c9da824\"",
                "f0bc3d88-2178-5423-8c81-b81d6c9da824", ConnectSessionTokenAuthLink::getExternalTriggerToken,
                (b, v) -> b.externalTriggerToken((String) v),
                ConnectSessionTokenAuthLink.Builder::clearExternalTriggerToken),
        TYPE("type", "\"test\"", ConnectSessionTokenAuthLinkType.TEST, ConnectSessionTokenAuthLink::getType,
                (b, v) -> b.type((ConnectSessionTokenAuthLinkType) v), ConnectSessionTokenAuthLink.Builder::clearType),
        INTEGRATION_ID("integration_id", "\"3f6c2a1e-9b7d-4c2e-8f1a-2d5e6b7c8a90\"",
                UUID.fromString("3f6c2a1e-9b7d-4c2e-8f1a-2d5e6b7c8a90"), ConnectSessionTokenAuthLink::getIntegrationId,
                (b, v) -> b.integrationId((UUID) v), ConnectSessionTokenAuthLink.Builder::clearIntegrationId);

        final String wire;
        final String json;
        final Object value;
        final Function<ConnectSessionTokenAuthLink, JsonNullable<?>> getter;
        final BiFunction<ConnectSessionTokenAuthLink.Builder, Object, ConnectSessionTokenAuthLink.Builder> setter;
        final Function<ConnectSessionTokenAuthLink.Builder, ConnectSessionTokenAuthLink.Builder> clearer;

        OptionalNullable(String wire, String json, Object value,
                Function<ConnectSessionTokenAuthLink, JsonNullable<?>> getter,
                BiFunction<ConnectSessionTokenAuthLink.Builder, Object, ConnectSessionTokenAuthLink.Builder> setter,
                Function<ConnectSessionTokenAuthLink.Builder, ConnectSessionTokenAuthLink.Builder> clearer) {
            this.wire = wire;
            this.json = json;
            this.value = value;
            this.getter = getter;
            this.setter = setter;
            this.clearer = clearer;
        }

        @SuppressWarnings("unchecked")
        private static <T> T cast(Object value) {
            return (T) value;
        }

        private static Map<String, Object> orderedMap(Object... keysAndValues) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (int i = 0; i < keysAndValues.length; i += 2) {
                map.put((String) keysAndValues[i], keysAndValues[i + 1]);
            }
            return map;
        }
    }

    static Stream<Arguments> optionalNullable() {
        return Stream.of(OptionalNullable.values()).map(Arguments::of);
    }

    @ParameterizedTest
    @MethodSource("optionalNullable")
    void absentIsUndefinedAndStaysAbsentOnWrite(OptionalNullable property) throws Exception {
        ConnectSessionTokenAuthLink link = read(Samples.MINIMAL_AUTH_LINK_JSON, ConnectSessionTokenAuthLink.class);

        assertThat(property.getter.apply(link).isPresent()).isFalse();
        assertThat(writtenTree(link).has(property.wire)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("optionalNullable")
    void explicitNullIsReadAsPresentNullAndWrittenAsNull(OptionalNullable property) throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.putNull(property.wire);

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        JsonNullable<?> read = property.getter.apply(link);
        assertThat(read.isPresent()).as("explicit null is present").isTrue();
        assertThat(read.get()).isNull();
        assertThat(read).isEqualTo(JsonNullable.of(null));
        JsonNode written = writtenTree(link);
        assertThat(written.has(property.wire)).as("%s written", property.wire).isTrue();
        assertThat(written.get(property.wire).isNull()).as("%s written as null: %s", property.wire, written).isTrue();
        assertSameJson(written, json);
        assertThat(link.getAdditionalProperties()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("optionalNullable")
    void valueIsReadAsPresentValueAndWrittenBack(OptionalNullable property) throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.set(property.wire, tree(property.json));

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(property.getter.apply(link)).isEqualTo(JsonNullable.of(property.value));
        assertSameJson(writtenTree(link), json);
    }

    @ParameterizedTest
    @MethodSource("optionalNullable")
    void absentNullAndValueAreThreeDifferentObjects(OptionalNullable property) throws Exception {
        ObjectNode withNull = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        withNull.putNull(property.wire);
        ObjectNode withValue = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        withValue.set(property.wire, tree(property.json));

        ConnectSessionTokenAuthLink absent = read(Samples.MINIMAL_AUTH_LINK_JSON, ConnectSessionTokenAuthLink.class);
        ConnectSessionTokenAuthLink explicitNull = read(withNull.toString(), ConnectSessionTokenAuthLink.class);
        ConnectSessionTokenAuthLink value = read(withValue.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(absent).isNotEqualTo(explicitNull).isNotEqualTo(value);
        assertThat(explicitNull).isNotEqualTo(value);
        assertThat(explicitNull).isEqualTo(read(withNull.toString(), ConnectSessionTokenAuthLink.class));
    }

    @ParameterizedTest
    @MethodSource("optionalNullable")
    void builderNullMeansExplicitNullAndClearMeansAbsent(OptionalNullable property) throws Exception {
        ConnectSessionTokenAuthLink explicitNull = property.setter.apply(Samples.authLink(), null).build();
        ConnectSessionTokenAuthLink value = property.setter.apply(Samples.authLink(), property.value).build();
        ConnectSessionTokenAuthLink cleared =
                property.clearer.apply(property.setter.apply(Samples.authLink(), property.value)).build();

        assertThat(property.getter.apply(explicitNull)).isEqualTo(JsonNullable.of(null));
        JsonNode writtenNull = writtenTree(explicitNull).get(property.wire);
        assertThat(writtenNull).as("%s written", property.wire).isNotNull();
        assertThat(writtenNull.isNull()).as("%s written as null", property.wire).isTrue();

        assertThat(property.getter.apply(value)).isEqualTo(JsonNullable.of(property.value));
        assertThat(writtenTree(value).get(property.wire)).isEqualTo(tree(property.json));

        assertThat(property.getter.apply(cleared)).isEqualTo(JsonNullable.undefined());
        assertThat(writtenTree(cleared).has(property.wire)).isFalse();
        assertThat(cleared).isEqualTo(Samples.authLink().build());
    }

    @ParameterizedTest
    @MethodSource("optionalNullable")
    void toBuilderKeepsExplicitNullApartFromAbsent(OptionalNullable property) throws Exception {
        ConnectSessionTokenAuthLink explicitNull = property.setter.apply(Samples.authLink(), null).build();

        ConnectSessionTokenAuthLink copy = explicitNull.toBuilder().build();

        assertThat(property.getter.apply(copy)).isEqualTo(JsonNullable.of(null));
        assertThat(copy).isEqualTo(explicitNull).hasSameHashCodeAs(explicitNull);
        assertThat(property.getter.apply(property.clearer.apply(explicitNull.toBuilder()).build()).isPresent())
                .isFalse();
    }

    @Test
    void allNineNullsAtOnceSurviveARoundTrip() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        for (OptionalNullable property : OptionalNullable.values()) {
            json.putNull(property.wire);
        }

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);
        JsonNode written = writtenTree(link);

        assertSameJson(written, json);
        assertThat(fieldNames(written)).containsExactly("id", "organization_id", "project_id", "categories", "provider",
                "origin_owner_id", "origin_owner_name", "origin_username", "account_id", "label", "created_at",
                "metadata", "external_trigger_token", "type", "integration_id", "token", "auth_link_url");
    }

    @Test
    void nullItemsOfTheNullableCategoryListAreKept() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.set("categories", tree("[null, \"hris\", null]"));

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(link.getCategories().get()).containsExactly(null, ConnectSessionTokenAuthLinkCategories.HRIS, null);
        assertSameJson(writtenTree(link), json);
    }

    @Test
    void camelCaseJavaNamesAreNotWireNames() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.put("organizationId", 999);
        json.put("originUsername", "someone-else");

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(link.getOrganizationId()).isEqualTo(117.0);
        assertThat(link.getOriginUsername().isPresent()).isFalse();
        assertThat(link.getAdditionalProperties())
                .containsExactly(Map.entry("organizationId", 999), Map.entry("originUsername", "someone-else"));
        JsonNode written = writtenTree(link);
        assertThat(written.get("organization_id").asDouble()).isEqualTo(117.0);
        assertThat(written.get("organizationId").asInt()).isEqualTo(999);
        assertThat(written.has("origin_username")).isFalse();
    }

    @Test
    void numbersAreDoubles() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.put("id", 4082.75);
        json.put("organization_id", 1.0E21);

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(link.getId()).isEqualTo(4082.75);
        assertThat(link.getOrganizationId()).isEqualTo(1.0E21);
        assertThat(writtenTree(link).get("id").asDouble()).isEqualTo(4082.75);
    }

    @Test
    void readsFromItsOwnOutputWithEveryPropertySet() throws Exception {
        ConnectSessionTokenAuthLink link = readFixture(Samples.AUTH_LINK_FIXTURE, ConnectSessionTokenAuthLink.class);

        assertThat(read(Json.write(link), ConnectSessionTokenAuthLink.class)).isEqualTo(link);
        assertSameJson(writtenTree(link), tree(fixture(Samples.AUTH_LINK_FIXTURE)));
    }
}
