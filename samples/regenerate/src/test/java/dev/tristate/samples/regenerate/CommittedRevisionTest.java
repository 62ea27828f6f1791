package dev.tristate.samples.regenerate;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The committed spec is the previous revision (2025.02), so the generated model has its shape: the walkthrough in
 * docs/incremental.md starts from here. A JSON document of the current revision still reads, its new fields kept as
 * unknown properties and written back unchanged.
 */
class CommittedRevisionTest {

    private static final ObjectMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

    @Test
    void modelHasThePreviousRevisionsProperties() {
        Set<String> getters = Arrays.stream(ConnectSessionTokenAuthLink.class.getDeclaredMethods())
                .map(Method::getName).filter(n -> n.startsWith("get")).collect(Collectors.toSet());
        assertThat(getters).contains("getCategories", "getLabel", "getAuthLinkUrl")
                .doesNotContain("getMetadata", "getExternalTriggerToken", "getType", "getIntegrationId");
        assertThat(ConnectSessionTokenAuthLinkCategories.Known.values()).hasSize(10);
    }

    @Test
    void currentRevisionJsonReadsAndWritesBackUnchanged() throws Exception {
        String json = "{\"id\":1.0,\"organization_id\":2.0,\"project_id\":\"p\",\"categories\":[\"ticketing\",\"hris\"],"
                + "\"origin_owner_id\":\"o\",\"origin_owner_name\":\"n\",\"created_at\":\"2025-12-03T10:15:30Z\","
                + "\"token\":\"t\",\"auth_link_url\":\"https://hub.example.com\",\"type\":\"production\","
                + "\"integration_id\":\"3f6c2a1e-9b7d-4c2e-8f1a-2d5e6b7c8a90\"}";
        ConnectSessionTokenAuthLink link = MAPPER.readValue(json, ConnectSessionTokenAuthLink.class);
        assertThat(link.getCategories().get()).first().satisfies(c -> assertThat(c.isKnown()).isFalse());
        assertThat(link.getAdditionalProperties()).containsOnlyKeys("type", "integration_id");
        assertThat(MAPPER.readTree(MAPPER.writeValueAsString(link))).isEqualTo(MAPPER.readTree(json));
    }
}
