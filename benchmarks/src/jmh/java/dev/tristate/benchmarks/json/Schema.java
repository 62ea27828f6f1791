package dev.tristate.benchmarks.json;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.util.List;

/**
 * The three seed schemas of the canonical spec: each one's classes in the three model sets, its seed example
 * (src/jmh/resources/payloads, the seeds' examples as the samples' fixtures have them), and how the elements of a
 * list payload differ from it.
 */
enum Schema {

    CONNECTION("Connection", "connection.json",
            dev.tristate.benchmarks.json.tristate.Connection.class,
            dev.tristate.benchmarks.json.oag.model.Connection.class,
            dev.tristate.benchmarks.json.handwritten.Connection.class) {
        @Override
        void vary(ObjectNode element, int i) {
            element.put("id", "connection-" + (123 + i));
            element.put("provider", PROVIDERS.get(i % PROVIDERS.size()));
            element.put("status", STATUSES.get(i % STATUSES.size()));
            ((ObjectNode) element.get("group")).put("groupRef", "group-" + (i % 50));
            ((ObjectNode) element.get("consumer")).put("consumerRef", "consumer-" + i);
            ((ObjectNode) element.get("consumer")).put("consumerName", "Customer " + i);
            later(element, "createTime", i);
            later(element, "updateTime", 2 * i);
            ObjectNode access = (ObjectNode) element.get("oauth2AuthorizationCode").get("accessToken");
            access.put("token", "<access-token-" + i + ">");
            later(access, "issuedAt", i);
        }
    },

    PROPERTY_CONNECTION_AUTH("PropertyConnectionAuth", "property-connection-auth.json",
            dev.tristate.benchmarks.json.tristate.PropertyConnectionAuth.class,
            dev.tristate.benchmarks.json.oag.model.PropertyConnectionAuth.class,
            dev.tristate.benchmarks.json.handwritten.PropertyConnectionAuth.class) {
        @Override
        void vary(ObjectNode element, int i) {
            element.put("access_token", "<access-token-" + i + ">");
            element.put("app_id", "app-" + (123 + i));
            element.put("expires_in", 3600 + i);
            later(element, "expiry_date", i);
            element.put("name", "Acme HRIS " + i);
            element.put("state", "state-" + Integer.toHexString(0x4f2a9c + i));
            ((ArrayNode) element.get("emails")).set(0, "user" + i + "@acme.example");
            ((ObjectNode) element.get("meta")).put("sandbox", i % 3 == 0);
        }
    },

    CONNECT_SESSION_TOKEN_AUTH_LINK("ConnectSessionTokenAuthLink", "connect-session-token-auth-link.json",
            dev.tristate.benchmarks.json.tristate.ConnectSessionTokenAuthLink.class,
            dev.tristate.benchmarks.json.oag.model.ConnectSessionTokenAuthLink.class,
            dev.tristate.benchmarks.json.handwritten.ConnectSessionTokenAuthLink.class) {
        @Override
        void vary(ObjectNode element, int i) {
            element.put("id", 4082 + i);
            element.put("origin_owner_id", "customer-" + (8812 + i));
            element.put("account_id", "45355976281015" + (164504 + i));
            later(element, "created_at", i);
            element.put("type", i % 5 == 0 ? "test" : "production");
            element.put("token", "<token-" + i + ">");
            // Every fourth one sends explicit nulls, as StackOne does for properties it has no value for: the
            // optional-nullable path of each model set is part of the work.
            if (i % 4 == 3) {
                element.putNull("provider");
                element.putNull("label");
                element.putNull("metadata");
            }
        }
    };

    private static final List<String> PROVIDERS = List.of("salesforce", "hubspot", "pipedrive", "zendesk");
    private static final List<String> STATUSES = List.of("working", "working", "working", "bad_credentials");

    private final String schemaName;
    private final String resource;
    private final Class<?> tristate;
    private final Class<?> openApiGenerator;
    private final Class<?> handWritten;

    Schema(String schemaName, String resource, Class<?> tristate, Class<?> openApiGenerator, Class<?> handWritten) {
        this.schemaName = schemaName;
        this.resource = resource;
        this.tristate = tristate;
        this.openApiGenerator = openApiGenerator;
        this.handWritten = handWritten;
    }

    /** Makes list element {@code i} (a copy of the seed example) differ from the others, same properties. */
    abstract void vary(ObjectNode element, int i);

    String schemaName() {
        return schemaName;
    }

    String resource() {
        return resource;
    }

    Class<?> type(Implementation implementation) {
        switch (implementation) {
            case TRISTATE:
                return tristate;
            case OPENAPI_GENERATOR:
                return openApiGenerator;
            default:
                return handWritten;
        }
    }

    static Schema named(String name) {
        for (Schema schema : values()) {
            if (schema.schemaName.equals(name)) {
                return schema;
            }
        }
        throw new IllegalArgumentException("no schema " + name);
    }

    /** Moves a date-time {@code minutes} later, keeping the seed's fraction digits (Instant prints them in 3s). */
    private static void later(ObjectNode node, String field, int minutes) {
        node.put(field, Instant.parse(node.get(field).asText()).plusSeconds(60L * minutes).toString());
    }
}
