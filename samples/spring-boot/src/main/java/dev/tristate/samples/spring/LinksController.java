package dev.tristate.samples.spring;

import dev.tristate.samples.spring.api.ConnectionsApi;
import dev.tristate.samples.spring.api.LinksApi;
import dev.tristate.samples.spring.model.ConnectSessionTokenAuthLink;
import dev.tristate.samples.spring.model.Connection;
import dev.tristate.samples.spring.model.LinkPatch;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openapitools.jackson.nullable.JsonNullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes and returns Tristate models. The mappings, {@code @Valid @RequestBody} and {@code @PathVariable} are on the
 * interfaces openapi-generator's spring generator writes from {@code src/main/openapi/links-service.yaml}
 * ({@code interfaceOnly}, no models: its schemaMappings name Tristate's classes); Spring MVC reads them from there.
 * They are not repeated here: the interface is {@code @Validated}, and Bean Validation does not let a method that
 * implements another mark a parameter for cascaded validation again.
 *
 * <p>Each response carries {@value #LABEL_STATE} saying which of the three states the server read for {@code label},
 * so that a test sees the server's side of the round trip, not just an echo.
 */
@RestController
public class LinksController implements LinksApi, ConnectionsApi {
    public static final String LABEL_STATE = "Tristate-Label-State";

    private final Map<String, ConnectSessionTokenAuthLink> links = new ConcurrentHashMap<>();

    @Override
    public ResponseEntity<ConnectSessionTokenAuthLink> putLink(String key, ConnectSessionTokenAuthLink link) {
        links.put(key, link);
        return ResponseEntity.ok().header(LABEL_STATE, state(link.getLabel())).body(link);
    }

    @Override
    public ResponseEntity<ConnectSessionTokenAuthLink> getLink(String key) {
        ConnectSessionTokenAuthLink link = links.get(key);
        return link == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(link);
    }

    /** PATCH with the three states: an absent property is kept, {@code null} clears it, a value replaces it. */
    @Override
    public ResponseEntity<ConnectSessionTokenAuthLink> patchLink(String key, LinkPatch patch) {
        ConnectSessionTokenAuthLink link = links.computeIfPresent(key, (k, current) -> apply(current, patch));
        return link == null
                ? ResponseEntity.notFound().build()
                : ResponseEntity.ok().header(LABEL_STATE, state(patch.getLabel())).body(link);
    }

    @Override
    public ResponseEntity<Connection> echoConnection(Connection connection) {
        return ResponseEntity.ok(connection);
    }

    static ConnectSessionTokenAuthLink apply(ConnectSessionTokenAuthLink link, LinkPatch patch) {
        ConnectSessionTokenAuthLink.Builder builder = link.toBuilder();
        if (patch.getLabel().isPresent()) {
            builder.label(patch.getLabel().get());            // a value, or null: explicit null
        }
        if (patch.getProvider().isPresent()) {
            builder.provider(patch.getProvider().get());
        }
        patch.getOriginOwnerName().ifPresent(builder::originOwnerName);
        return builder.build();
    }

    static String state(JsonNullable<?> value) {
        return !value.isPresent() ? "absent" : value.get() == null ? "null" : "value";
    }
}
