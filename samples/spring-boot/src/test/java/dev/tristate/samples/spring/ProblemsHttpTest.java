package dev.tristate.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.tristate.samples.spring.model.LinkPatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.web.client.HttpClientErrorException;

/** Bad bodies get a 400 problem whose {@code errors} name each property by its JSON path. */
class ProblemsHttpTest extends HttpSupport {

    @Test
    void aMissingRequiredPropertyIsA400NamingIt() {
        String withoutGroup = Fixtures.CONNECTION_JSON.replaceFirst("\"group\":\\{[^}]*},", "");
        Raw raw = raw(HttpMethod.POST, "/connections", withoutGroup);
        assertThat(raw.status()).isEqualTo(400);
        assertThat(properties(raw)).containsExactly("group");
        assertThat(raw.body()).contains("Connection: missing required properties: group");
    }

    @Test
    void missingRequiredPropertiesOfANestedObjectAreNamedWithTheirPath() {
        String json = Fixtures.CONNECTION_JSON.replace("\"groupRef\":\"group-123\",\"groupName\":\"Super Customer\",", "");
        Raw raw = raw(HttpMethod.POST, "/connections", json);
        assertThat(raw.status()).isEqualTo(400);
        assertThat(properties(raw)).containsExactly("group.groupRef", "group.groupName");
    }

    @Test
    void aRequiredPropertySentAsNullIsA400NamingIt() {
        String json = Fixtures.CONNECTION_JSON.replace("\"provider\":\"salesforce\"", "\"provider\":null");
        Raw raw = raw(HttpMethod.POST, "/connections", json);
        assertThat(raw.status()).isEqualTo(400);
        assertThat(properties(raw)).containsExactly("provider");
    }

    @Test
    void aConstraintViolationIsA400NamingTheProperty() {
        Raw tooShort = raw(HttpMethod.PATCH, "/links/any", "{\"label\":\"\"}");
        assertThat(tooShort.status()).isEqualTo(400);
        assertThat(properties(tooShort)).containsExactly("label");

        Raw wireName = raw(HttpMethod.PATCH, "/links/any", "{\"origin_owner_name\":\"" + "x".repeat(101) + "\"}");
        assertThat(wireName.status()).isEqualTo(400);
        assertThat(properties(wireName)).containsExactly("origin_owner_name");

        Raw both = raw(HttpMethod.PATCH, "/links/any", "{\"label\":\"" + "x".repeat(41) + "\",\"provider\":\"Bamboo HR\"}");
        assertThat(both.status()).isEqualTo(400);
        assertThat(properties(both)).containsExactlyInAnyOrder("label", "provider");
    }

    @Test
    void theClientSeesTheProblemToo() {
        LinksClient client = client();
        client.putLink("constrained", Fixtures.link().build());
        assertThatThrownBy(() -> client.patchLink("constrained", LinkPatch.builder().provider("Bamboo HR").build()))
                .isInstanceOfSatisfying(HttpClientErrorException.BadRequest.class,
                        e -> assertThat(e.getResponseBodyAsString()).contains("\"property\":\"provider\""));
        // null passes the constraints of an optional nullable property; a valid value too.
        assertThat(client.patchLink("constrained", LinkPatch.builder().provider(null).label("ok").build())
                .getLabel().get()).isEqualTo("ok");
    }

    private List<Object> properties(Raw raw) {
        return raw.errors(mapper).stream().map((Map<String, Object> e) -> e.get("property")).toList();
    }
}
