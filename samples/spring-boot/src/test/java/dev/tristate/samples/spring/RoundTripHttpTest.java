package dev.tristate.samples.spring;

import static org.assertj.core.api.Assertions.assertThat;

import dev.tristate.samples.spring.model.ConnectSessionTokenAuthLink;
import dev.tristate.samples.spring.model.ConnectSessionTokenAuthLinkCategories;
import dev.tristate.samples.spring.model.ConnectSessionTokenAuthLinkType;
import dev.tristate.samples.spring.model.Connection;
import dev.tristate.samples.spring.model.ConnectionStatus;
import dev.tristate.samples.spring.model.LinkPatch;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openapitools.jackson.nullable.JsonNullable;
import org.openapitools.jackson.nullable.JsonNullableJackson3Module;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;

/** Client → server → client with the models: what the server read, what it sent back, what the client read. */
class RoundTripHttpTest extends HttpSupport {

    @Test
    void bootsMapperHasTheJsonNullableModuleFromServiceLoader() {
        assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof JsonNullableJackson3Module);
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
            String key = "three-states-" + state.getKey();

            ResponseEntity<ConnectSessionTokenAuthLink> response = client.putLink(key, sent);

            assertThat(response.getHeaders().getFirst(LinksController.LABEL_STATE))
                    .as("what the server read").isEqualTo(state.getKey());
            assertThat(response.getBody().getLabel()).as("what the client read back").isEqualTo(state.getValue());
            assertThat(response.getBody()).isEqualTo(sent);
            assertThat(client.getLink(key).getLabel()).isEqualTo(state.getValue());
            String wire = raw(HttpMethod.GET, "/links/" + key, null).body();
            switch (state.getKey()) {
                case "absent" -> assertThat(wire).doesNotContain("\"label\"");
                case "null" -> assertThat(wire).contains("\"label\":null");
                default -> assertThat(wire).contains("\"label\":\"Acme HRIS\"");
            }
        }
    }

    @Test
    void patchKeepsAnAbsentPropertyClearsANullOneAndSetsAValue() {
        LinksClient client = client();
        client.putLink("patched", Fixtures.link().label("Acme HRIS").provider("bamboohr").build());

        ConnectSessionTokenAuthLink kept = client.patchLink("patched", LinkPatch.builder().build());
        assertThat(kept.getLabel()).isEqualTo(JsonNullable.of("Acme HRIS"));
        assertThat(kept.getProvider()).isEqualTo(JsonNullable.of("bamboohr"));

        ConnectSessionTokenAuthLink cleared = client.patchLink("patched", LinkPatch.builder().label(null).build());
        assertThat(cleared.getLabel()).isEqualTo(JsonNullable.of(null));
        assertThat(cleared.getProvider()).isEqualTo(JsonNullable.of("bamboohr"));

        ConnectSessionTokenAuthLink set = client.patchLink("patched",
                LinkPatch.builder().label("Acme HR").provider(null).originOwnerName("Acme GmbH").build());
        assertThat(set.getLabel()).isEqualTo(JsonNullable.of("Acme HR"));
        assertThat(set.getProvider()).isEqualTo(JsonNullable.of(null));
        assertThat(set.getOriginOwnerName()).isEqualTo("Acme GmbH");
        assertThat(client.getLink("patched")).isEqualTo(set);
    }

    @Test
    void unknownPropertiesRoundTripThroughTheServer() {
        LinksClient client = client();
        Map<String, Object> tier = new LinkedHashMap<>();
        tier.put("name", "gold");
        tier.put("seats", 25);
        ConnectSessionTokenAuthLink sent = Fixtures.link()
                .additionalProperty("region", "eu-west-1")
                .additionalProperty("tier", tier)
                .build();

        ConnectSessionTokenAuthLink back = client.putLink("unknown-properties", sent).getBody();

        assertThat(back.getAdditionalProperties())
                .containsExactly(Map.entry("region", "eu-west-1"), Map.entry("tier", tier));
        assertThat(back).isEqualTo(sent);
        assertThat(raw(HttpMethod.GET, "/links/unknown-properties", null).body())
                .endsWith(",\"region\":\"eu-west-1\",\"tier\":{\"name\":\"gold\",\"seats\":25}}");
        // Also nested, in JSON the client's models did not write.
        String json = Fixtures.CONNECTION_JSON.replace("\"groupName\"", "\"tier\":\"gold\",\"groupName\"");
        Raw echoed = raw(HttpMethod.POST, "/connections", json);
        assertThat(echoed.status()).isEqualTo(200);
        assertThat(echoed.body()).contains("\"tier\":\"gold\"");
    }

    @Test
    void unknownEnumValuesAreAcceptedAndEchoed() {
        LinksClient client = client();
        Connection back = client.echoConnection(Fixtures.connection().status(ConnectionStatus.of("revoked")).build());
        assertThat(back.getStatus().value()).isEqualTo("revoked");
        assertThat(back.getStatus().isKnown()).isFalse();

        ConnectSessionTokenAuthLink link = client.putLink("unknown-enums", Fixtures.link()
                .type(ConnectSessionTokenAuthLinkType.of("sandbox"))
                .categories(List.of(ConnectSessionTokenAuthLinkCategories.HRIS,
                        ConnectSessionTokenAuthLinkCategories.of("ticketing-v2")))
                .build()).getBody();
        assertThat(link.getType().get().value()).isEqualTo("sandbox");
        assertThat(link.getCategories().get()).extracting(ConnectSessionTokenAuthLinkCategories::value)
                .containsExactly("hris", "ticketing-v2");

        Raw raw = raw(HttpMethod.POST, "/connections", Fixtures.CONNECTION_JSON.replace("\"working\"", "\"paused\""));
        assertThat(raw.status()).isEqualTo(200);
        assertThat(raw.body()).contains("\"status\":\"paused\"");
    }
}
