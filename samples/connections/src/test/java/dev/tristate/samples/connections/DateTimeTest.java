package dev.tristate.samples.connections;

import static dev.tristate.samples.connections.Json.fixture;
import static dev.tristate.samples.connections.Json.objectTree;
import static dev.tristate.samples.connections.Json.read;
import static dev.tristate.samples.connections.Json.readFixture;
import static dev.tristate.samples.connections.Json.writtenTree;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** date-time: an OffsetDateTime with the offset as sent (no conversion to UTC) and full precision, both ways. */
class DateTimeTest {

    private static final String NANOS_IST = "2025-12-03T10:15:30.123456789+05:30";
    private static final String MICROS_UTC = "2024-04-22T18:55:28.456076Z";
    private static final String MILLIS_PST = "2024-10-22T18:55:28.456-08:00";
    private static final String SECONDS_NPT = "2023-07-13T21:34:44+05:45";

    @Test
    void seedTimesKeepTheirMicroseconds() throws Exception {
        Connection connection = readFixture(Samples.CONNECTION_FIXTURE, Connection.class);

        OffsetDateTime issuedAt = connection.getOauth2AuthorizationCode().orElseThrow()
                .getAccessToken().orElseThrow().getIssuedAt().orElseThrow();

        assertThat(issuedAt.getNano()).isEqualTo(456_076_000);
        assertThat(issuedAt.getOffset()).isEqualTo(ZoneOffset.UTC);
        JsonNode written = writtenTree(connection);
        assertThat(written.get("oauth2AuthorizationCode").get("accessToken").get("issuedAt").asText()).isEqualTo(MICROS_UTC);
        assertThat(written.get("oauth2AuthorizationCode").get("refreshToken").get("expiresAt").asText())
                .isEqualTo("2024-10-22T18:55:28.456076Z");
        assertThat(written.get("createTime").asText()).isEqualTo("2023-07-13T21:34:44.816Z");
        assertThat(written.get("providerApp").get("createTime").asText()).isEqualTo("2024-04-07T16:27:00.895Z");
    }

    @ParameterizedTest
    @ValueSource(strings = {NANOS_IST, MICROS_UTC, MILLIS_PST, SECONDS_NPT, "2025-12-03T10:15:30.1-03:30",
            "1999-12-31T23:59:59.999999999+14:00", "2025-01-01T00:00:00.000000001-12:00"})
    void everyConnectionDateTimeKeepsOffsetAndPrecisionOnReadAndWrite(String time) throws Exception {
        ObjectNode json = objectTree(fixture(Samples.CONNECTION_FIXTURE));
        json.put("createTime", time);
        json.put("updateTime", time);
        for (String nested : new String[] {"group", "consumer"}) {
            ((ObjectNode) json.get(nested)).put("createTime", time).put("updateTime", time);
        }
        ((ObjectNode) json.get("providerApp")).put("createTime", time).put("updateTime", time);
        for (String token : new String[] {"accessToken", "refreshToken"}) {
            ((ObjectNode) json.get("oauth2AuthorizationCode").get(token)).put("issuedAt", time).put("expiresAt", time);
        }
        OffsetDateTime expected = OffsetDateTime.parse(time);

        Connection connection = read(json.toString(), Connection.class);

        assertSameInstantAndOffset(connection.getCreateTime(), expected);
        assertSameInstantAndOffset(connection.getUpdateTime().orElseThrow(), expected);
        assertSameInstantAndOffset(connection.getGroup().getCreateTime(), expected);
        assertSameInstantAndOffset(connection.getGroup().getUpdateTime().orElseThrow(), expected);
        assertSameInstantAndOffset(connection.getConsumer().getCreateTime(), expected);
        assertSameInstantAndOffset(connection.getConsumer().getUpdateTime().orElseThrow(), expected);
        ProviderApp app = connection.getProviderApp().orElseThrow();
        assertSameInstantAndOffset(app.getCreateTime(), expected);
        assertSameInstantAndOffset(app.getUpdateTime().orElseThrow(), expected);
        Oauth2AuthorizationCodeTokensOnly tokens = connection.getOauth2AuthorizationCode().orElseThrow();
        assertSameInstantAndOffset(tokens.getAccessToken().orElseThrow().getIssuedAt().orElseThrow(), expected);
        assertSameInstantAndOffset(tokens.getAccessToken().orElseThrow().getExpiresAt().orElseThrow(), expected);
        assertSameInstantAndOffset(tokens.getRefreshToken().orElseThrow().getIssuedAt().orElseThrow(), expected);
        assertSameInstantAndOffset(tokens.getRefreshToken().orElseThrow().getExpiresAt().orElseThrow(), expected);

        // Written back as the same string: same offset, same digits, a string and not a number.
        assertThat(writtenTree(connection)).isEqualTo(json);
    }

    @ParameterizedTest
    @ValueSource(strings = {NANOS_IST, MICROS_UTC, MILLIS_PST, SECONDS_NPT})
    void authLinkCreatedAtKeepsOffsetAndPrecision(String time) throws Exception {
        ObjectNode json = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        json.put("created_at", time);

        ConnectSessionTokenAuthLink link = read(json.toString(), ConnectSessionTokenAuthLink.class);

        assertSameInstantAndOffset(link.getCreatedAt(), OffsetDateTime.parse(time));
        JsonNode written = writtenTree(link).get("created_at");
        assertThat(written.isTextual()).as("written as a string: %s", written).isTrue();
        assertThat(written.asText()).isEqualTo(time);
    }

    @ParameterizedTest
    @ValueSource(strings = {NANOS_IST, MICROS_UTC, MILLIS_PST, SECONDS_NPT, "2025-12-03T11:15:30Z"})
    void authExpiryDateKeepsOffsetAndPrecision(String time) throws Exception {
        PropertyConnectionAuth auth = read("{\"expiry_date\": \"" + time + "\"}", PropertyConnectionAuth.class);

        assertSameInstantAndOffset(auth.getExpiryDate().orElseThrow(), OffsetDateTime.parse(time));
        assertThat(Json.write(auth)).isEqualTo("{\"expiry_date\":\"" + time + "\"}");
    }

    @Test
    void sameInstantWithAnotherOffsetIsADifferentValue() throws Exception {
        ObjectNode india = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        india.put("created_at", "2025-12-03T10:15:30.123+05:30");
        ObjectNode utc = objectTree(Samples.MINIMAL_AUTH_LINK_JSON);
        utc.put("created_at", "2025-12-03T04:45:30.123Z");

        ConnectSessionTokenAuthLink inIndia = read(india.toString(), ConnectSessionTokenAuthLink.class);
        ConnectSessionTokenAuthLink inUtc = read(utc.toString(), ConnectSessionTokenAuthLink.class);

        assertThat(inIndia.getCreatedAt().toInstant()).isEqualTo(inUtc.getCreatedAt().toInstant());
        assertThat(inIndia.getCreatedAt().getOffset()).isEqualTo(ZoneOffset.ofHoursMinutes(5, 30));
        assertThat(inIndia.getCreatedAt().getHour()).isEqualTo(10);
        assertThat(inIndia).isNotEqualTo(inUtc);
    }

    @Test
    void dateTimesBuiltInCodeAreWrittenWithTheirOwnOffset() throws Exception {
        OffsetDateTime time = OffsetDateTime.parse(NANOS_IST);

        Connection connection = Samples.connection().createTime(time).updateTime(OffsetDateTime.parse(MILLIS_PST)).build();

        JsonNode written = writtenTree(connection);
        assertThat(written.get("createTime").asText()).isEqualTo(NANOS_IST);
        assertThat(written.get("updateTime").asText()).isEqualTo(MILLIS_PST);
    }

    private static void assertSameInstantAndOffset(OffsetDateTime actual, OffsetDateTime expected) {
        // OffsetDateTime.equals (not AssertJ's instant comparison) compares local date-time AND offset.
        assertThat(actual).usingDefaultComparator().isEqualTo(expected);
        assertThat(actual.getOffset()).isEqualTo(expected.getOffset());
        assertThat(actual.getNano()).isEqualTo(expected.getNano());
    }
}
