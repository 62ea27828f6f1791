package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.assertSameJson;
import static dev.tristate.samples.connections.Json.fixture;
import static dev.tristate.samples.connections.Json.objectTree;
import static dev.tristate.samples.connections.Json.read;
import static dev.tristate.samples.connections.Json.tree;
import static dev.tristate.samples.connections.Json.write;
import static dev.tristate.samples.connections.Json.writtenTree;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openapitools.jackson.nullable.JsonNullable;

/**
 * The four open enums: constants carry the wire value (not the Java identifier), unlisted values are kept and
 * written back as they came, and {@code known()} is a real Java enum for {@code switch}.
 */
class OpenEnumTest {

    static Stream<Arguments> constants() {
        return Stream.of(
                Arguments.of(ConnectionAuthScheme.NONE, "none"),
                Arguments.of(ConnectionAuthScheme.API_KEY, "apiKey"),
                Arguments.of(ConnectionAuthScheme.BASIC, "basic"),
                Arguments.of(ConnectionAuthScheme.OAUTH2_AUTHORIZATION_CODE, "oauth2/authorizationCode"),
                Arguments.of(ConnectionAuthScheme.OAUTH2_AUTHORIZATION_CODE_PKCE, "oauth2/authorizationCodePKCE"),
                Arguments.of(ConnectionAuthScheme.OAUTH2_CLIENT_CREDENTIALS, "oauth2/clientCredentials"),
                Arguments.of(ConnectionAuthScheme.OAUTH2_PASSWORD, "oauth2/password"),
                Arguments.of(ConnectionStatus.CREATED, "created"),
                Arguments.of(ConnectionStatus.WORKING, "working"),
                Arguments.of(ConnectionStatus.BAD_CREDENTIALS, "bad_credentials"),
                Arguments.of(ConnectSessionTokenAuthLinkType.PRODUCTION, "production"),
                Arguments.of(ConnectSessionTokenAuthLinkType.TEST, "test"),
                Arguments.of(ConnectSessionTokenAuthLinkType.UNMAPPED_VALUE, "unmapped_value"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.ATS, "ats"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.HRIS, "hris"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.HRIS_LEGACY, "hris-legacy"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.CRM, "crm"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.IAM, "iam"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.MARKETING, "marketing"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.LMS, "lms"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.STACKONE, "stackone"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.DOCUMENTS, "documents"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.TICKETING, "ticketing"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.SCREENING, "screening"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.MESSAGING, "messaging"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.ACCOUNTING, "accounting"),
                Arguments.of(ConnectSessionTokenAuthLinkCategories.SCHEDULING, "scheduling"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("constants")
    void constantHoldsItsWireValueAndIsKnown(Object constant, String wire) throws Exception {
        assertThat(OpenEnum.of(constant).value()).isEqualTo(wire);
        assertThat(constant).hasToString(wire);
        assertThat(OpenEnum.of(constant).isKnown()).isTrue();
        assertThat(write(constant)).isEqualTo("\"" + wire + "\"");
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("constants")
    void ofAndJsonReturnTheConstantItself(Object constant, String wire) throws Exception {
        assertThat(OpenEnum.parse(constant.getClass(), wire)).isSameAs(constant);
        assertThat(Json.MAPPER.readValue("\"" + wire + "\"", constant.getClass())).isSameAs(constant);
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("constants")
    void knownIsTheJavaEnumConstantOfTheSameName(Object constant, String wire) throws Exception {
        Enum<?> known = OpenEnum.of(constant).known();

        assertThat(known.name()).isNotEqualTo("UNRECOGNIZED");
        assertThat(constant.getClass().getField(known.name()).get(null)).isSameAs(constant);
    }

    @Test
    void knownEnumsListEveryConstantAndUnrecognized() {
        assertThat(ConnectionAuthScheme.Known.values()).extracting(Enum::name).containsExactly("NONE", "API_KEY",
                "BASIC", "OAUTH2_AUTHORIZATION_CODE", "OAUTH2_AUTHORIZATION_CODE_PKCE", "OAUTH2_CLIENT_CREDENTIALS",
                "OAUTH2_PASSWORD", "UNRECOGNIZED");
        assertThat(ConnectionStatus.Known.values()).extracting(Enum::name)
                .containsExactly("CREATED", "WORKING", "BAD_CREDENTIALS", "UNRECOGNIZED");
        assertThat(ConnectSessionTokenAuthLinkType.Known.values()).extracting(Enum::name)
                .containsExactly("PRODUCTION", "TEST", "UNMAPPED_VALUE", "UNRECOGNIZED");
        assertThat(ConnectSessionTokenAuthLinkCategories.Known.values()).extracting(Enum::name).containsExactly("ATS",
                "HRIS", "HRIS_LEGACY", "CRM", "IAM", "MARKETING", "LMS", "STACKONE", "DOCUMENTS", "TICKETING",
                "SCREENING", "MESSAGING", "ACCOUNTING", "SCHEDULING", "UNRECOGNIZED");
    }

    /** Java identifiers and SDK constant names (seed 003 shows hrisLegacy, stackOne, PRODUCTION) are not wire values. */
    @ParameterizedTest
    @ValueSource(strings = {"OAUTH2_AUTHORIZATION_CODE", "oauth2AuthorizationCode", "API_KEY", "Oauth2/AuthorizationCode",
            "oauth2/authorizationcode", " none"})
    void identifiersAreNotAuthSchemeWireValues(String value) {
        ConnectionAuthScheme scheme = ConnectionAuthScheme.of(value);

        assertThat(scheme.isKnown()).isFalse();
        assertThat(scheme.known()).isEqualTo(ConnectionAuthScheme.Known.UNRECOGNIZED);
        assertThat(scheme.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hrisLegacy", "HRIS_LEGACY", "hris_legacy", "stackOne", "STACKONE", "Hris"})
    void sdkNamesAreNotCategoryWireValues(String value) {
        ConnectSessionTokenAuthLinkCategories category = ConnectSessionTokenAuthLinkCategories.of(value);

        assertThat(category.isKnown()).isFalse();
        assertThat(category.known()).isEqualTo(ConnectSessionTokenAuthLinkCategories.Known.UNRECOGNIZED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"PRODUCTION", "TEST", "Production", "unmappedValue", "UNMAPPED_VALUE"})
    void sdkNamesAreNotTypeWireValues(String value) {
        ConnectSessionTokenAuthLinkType type = ConnectSessionTokenAuthLinkType.of(value);

        assertThat(type.isKnown()).isFalse();
        assertThat(type.known()).isEqualTo(ConnectSessionTokenAuthLinkType.Known.UNRECOGNIZED);
        assertThat(type.value()).isEqualTo(value);
    }

    @Test
    void unknownAuthSchemeIsKeptAndWrittenBackUnchanged() throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        json.put("authScheme", "oauth2/jwtBearer");
        json.put("status", "revoked");

        Connection connection = read(json.toString(), Connection.class);

        assertThat(connection.getAuthScheme().value()).isEqualTo("oauth2/jwtBearer");
        assertThat(connection.getAuthScheme().isKnown()).isFalse();
        assertThat(connection.getAuthScheme().known()).isEqualTo(ConnectionAuthScheme.Known.UNRECOGNIZED);
        assertThat(connection.getAuthScheme()).isEqualTo(ConnectionAuthScheme.of("oauth2/jwtBearer"))
                .hasSameHashCodeAs(ConnectionAuthScheme.of("oauth2/jwtBearer"))
                .isNotEqualTo(ConnectionAuthScheme.OAUTH2_AUTHORIZATION_CODE);
        assertThat(connection.getStatus().value()).isEqualTo("revoked");
        assertThat(connection.getStatus().known()).isEqualTo(ConnectionStatus.Known.UNRECOGNIZED);
        assertThat(connection.getAdditionalProperties()).isEmpty();

        JsonNode written = writtenTree(connection);
        assertThat(written.get("authScheme").asText()).isEqualTo("oauth2/jwtBearer");
        assertThat(written.get("status").asText()).isEqualTo("revoked");
        assertSameJson(written, json);
    }

    @Test
    void unknownCategoriesAndTypeAreKeptAndWrittenBackUnchanged() throws Exception {
        ObjectNode json = objectTree(fixture(Samples.AUTH_LINK_FIXTURE));
        json.set("categories", tree("[\"hris\", \"payroll\", \"hris-legacy\", \"Stack One\"]"));
        json.put("type", "sandbox");

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        List<ConnectSessionTokenAuthLinkCategories> categories = link.getCategories().get();
        assertThat(categories).extracting(ConnectSessionTokenAuthLinkCategories::value)
                .containsExactly("hris", "payroll", "hris-legacy", "Stack One");
        assertThat(categories).extracting(ConnectSessionTokenAuthLinkCategories::known).containsExactly(
                ConnectSessionTokenAuthLinkCategories.Known.HRIS, ConnectSessionTokenAuthLinkCategories.Known.UNRECOGNIZED,
                ConnectSessionTokenAuthLinkCategories.Known.HRIS_LEGACY,
                ConnectSessionTokenAuthLinkCategories.Known.UNRECOGNIZED);
        assertThat(categories.get(2)).isSameAs(ConnectSessionTokenAuthLinkCategories.HRIS_LEGACY);
        assertThat(link.getType().get().value()).isEqualTo("sandbox");
        assertThat(link.getType().get().isKnown()).isFalse();
        assertThat(link.getType().get().known()).isEqualTo(ConnectSessionTokenAuthLinkType.Known.UNRECOGNIZED);
        assertSameJson(writtenTree(link), json);
    }

    /** An empty string is a value like any other (jackson-databind-nullable turns "" into "absent" if asked to). */
    @Test
    void emptyStringIsAnUnknownValueNotAbsentOrNull() throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.put("type", "");

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(link.getType()).isEqualTo(JsonNullable.of(ConnectSessionTokenAuthLinkType.of("")));
        assertThat(link.getType().get().isKnown()).isFalse();
        assertThat(writtenTree(link).get("type").asText()).isEmpty();
        assertThat(writtenTree(link).get("type").isTextual()).isTrue();
    }

    @Test
    void unknownValueBuiltInCodeIsWrittenAsIs() throws Exception {
        Connection connection = Samples.connection().authScheme(ConnectionAuthScheme.of("custom/mtls")).build();

        assertThat(writtenTree(connection).get("authScheme").asText()).isEqualTo("custom/mtls");
    }

    @Test
    void ofRefusesNull() {
        assertThatThrownBy(() -> ConnectionAuthScheme.of(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> ConnectSessionTokenAuthLinkCategories.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void unknownValuesAreEqualByValue() {
        assertThat(ConnectSessionTokenAuthLinkType.of("sandbox"))
                .isEqualTo(ConnectSessionTokenAuthLinkType.of("sandbox"))
                .hasSameHashCodeAs(ConnectSessionTokenAuthLinkType.of("sandbox"))
                .isNotEqualTo(ConnectSessionTokenAuthLinkType.of("Sandbox"))
                .isNotEqualTo("sandbox");
    }

    // --- switch on known() -----------------------------------------------------------------------------------------

    /** A switch expression with no default: it only compiles while Known has exactly these constants. */
    private static String describe(ConnectionAuthScheme scheme) {
        return switch (scheme.known()) {
            case NONE -> "no credentials";
            case API_KEY -> "API key";
            case BASIC -> "user and password";
            case OAUTH2_AUTHORIZATION_CODE -> "OAuth 2 authorization code";
            case OAUTH2_AUTHORIZATION_CODE_PKCE -> "OAuth 2 authorization code with PKCE";
            case OAUTH2_CLIENT_CREDENTIALS -> "OAuth 2 client credentials";
            case OAUTH2_PASSWORD -> "OAuth 2 password";
            case UNRECOGNIZED -> "unrecognized: " + scheme.value();
        };
    }

    private static int weight(ConnectSessionTokenAuthLinkCategories category) {
        switch (category.known()) {
            case HRIS:
            case HRIS_LEGACY:
                return 1;
            case STACKONE:
                return 2;
            case UNRECOGNIZED:
                return -1;
            default:
                return 0;
        }
    }

    @Test
    void switchOnKnownDispatchesReadValues() throws Exception {
        Connection connection = Json.readFixture(Samples.CONNECTION_FIXTURE, Connection.class);

        assertThat(describe(connection.getAuthScheme())).isEqualTo("OAuth 2 authorization code");
        assertThat(describe(ConnectionAuthScheme.of("oauth2/authorizationCodePKCE")))
                .isEqualTo("OAuth 2 authorization code with PKCE");
        assertThat(describe(ConnectionAuthScheme.of("apiKey"))).isEqualTo("API key");
        assertThat(describe(ConnectionAuthScheme.of("saml"))).isEqualTo("unrecognized: saml");

        ConnectSessionTokenAuthLink link = read(
                "{\"id\":1,\"organization_id\":2,\"project_id\":\"p\",\"origin_owner_id\":\"o\",\"origin_owner_name\":\"n\","
                        + "\"created_at\":\"2025-12-03T10:15:30.123Z\",\"token\":\"t\",\"auth_link_url\":\"https://x.example\","
                        + "\"categories\":[\"hris-legacy\",\"stackone\",\"crm\",\"payroll\"]}",
                ConnectSessionTokenAuthLink.class);
        assertThat(link.getCategories().get()).extracting(OpenEnumTest::weight).containsExactly(1, 2, 0, -1);
    }

    @Test
    void switchOnTypeAndStatus() {
        int matched = 0;
        for (ConnectSessionTokenAuthLinkType type : List.of(ConnectSessionTokenAuthLinkType.of("production"),
                ConnectSessionTokenAuthLinkType.of("test"), ConnectSessionTokenAuthLinkType.of("unmapped_value"))) {
            matched += switch (type.known()) {
                case PRODUCTION, TEST, UNMAPPED_VALUE -> 1;
                case UNRECOGNIZED -> 100;
            };
        }
        assertThat(matched).isEqualTo(3);
        assertThat(switch (ConnectionStatus.of("bad_credentials").known()) {
            case CREATED, WORKING -> "fine";
            case BAD_CREDENTIALS -> "reconnect";
            case UNRECOGNIZED -> "?";
        }).isEqualTo("reconnect");
    }

    /** Reflection over the four generated open-enum classes, which share no supertype. */
    private record OpenEnum(String value, boolean isKnown, Enum<?> known) {
        static OpenEnum of(Object constant) throws Exception {
            Class<?> type = constant.getClass();
            return new OpenEnum((String) type.getMethod("value").invoke(constant),
                    (Boolean) type.getMethod("isKnown").invoke(constant),
                    (Enum<?>) type.getMethod("known").invoke(constant));
        }

        static Object parse(Class<?> type, String wire) throws Exception {
            return type.getMethod("of", String.class).invoke(null, wire);
        }
    }
}
