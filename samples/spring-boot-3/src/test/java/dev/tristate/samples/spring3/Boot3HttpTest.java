package dev.tristate.samples.spring3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.samples.spring3.model.ConnectSessionTokenAuthLink;
import dev.tristate.samples.spring3.model.Connection;
import dev.tristate.samples.spring3.model.ConnectionStatus;
import dev.tristate.samples.spring3.model.LinkPatch;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;
import org.openapitools.jackson.nullable.JsonNullableModule;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** The Boot 4 sample's cases, fewer of them, on Boot 3.5 with Jackson 2 models. */
class Boot3HttpTest extends HttpSupport {

    @Test
    void bootsObjectMapperHasTheJsonNullableModule() {
        assertThat(mapper.getRegisteredModuleIds()).contains(new JsonNullableModule().getTypeId());
    }

    @Test
    void absentNullAndValueSurviveBothDirections() {
        LinksClient client = client();
        Map<String, JsonNullable<String>> states = Map.of(
                "absent", JsonNullable.undefined(),
                "null", JsonNullable.of(null),
                "value", JsonNullable.of("Acme HRIS"));
        for (Map.Entry<String, JsonNullable<String>> state : states.entrySet()) {
            ConnectSessionTokenAuthLink.Builder builder = Fixtures.link();
            if (state.getValue().isPresent()) {
                builder.label(state.getValue().get());
            }
            ConnectSessionTokenAuthLink sent = builder.build();
            ResponseEntity<ConnectSessionTokenAuthLink> response = client.putLink(state.getKey(), sent);
            assertThat(response.getHeaders().getFirst(LinksController.LABEL_STATE)).isEqualTo(state.getKey());
            assertThat(response.getBody().getLabel()).isEqualTo(state.getValue());
            assertThat(response.getBody()).isEqualTo(sent);
        }
        client.putLink("patched", Fixtures.link().label("Acme HRIS").build());
        assertThat(client.patchLink("patched", LinkPatch.builder().build()).getLabel())
                .isEqualTo(JsonNullable.of("Acme HRIS"));
        assertThat(client.patchLink("patched", LinkPatch.builder().label(null).build()).getLabel())
                .isEqualTo(JsonNullable.of(null));
    }

    @Test
    void unknownPropertiesAndEnumValuesRoundTrip() {
        Connection back = client().echoConnection(Fixtures.connection()
                .status(ConnectionStatus.of("revoked")).additionalProperty("region", "eu-west-1").build());
        assertThat(back.getStatus().isKnown()).isFalse();
        assertThat(back.getStatus().value()).isEqualTo("revoked");
        assertThat(back.getAdditionalProperties()).containsExactly(Map.entry("region", "eu-west-1"));
    }

    @Test
    void missingRequiredPropertyAndConstraintViolationAre400sNamingTheProperty() {
        Raw missing = raw(HttpMethod.POST, "/connections",
                Fixtures.CONNECTION_JSON.replaceFirst("\"group\":\\{[^}]*},", ""));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(properties(missing)).containsExactly("group");

        Raw invalid = raw(HttpMethod.PATCH, "/links/any", "{\"origin_owner_name\":\"\"}");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(properties(invalid)).containsExactly("origin_owner_name");
    }

    private List<Object> properties(Raw raw) {
        return raw.errors(mapper).stream().map((Map<String, Object> e) -> e.get("property")).toList();
    }
}
