package dev.tristate.samples.spring3;

import dev.tristate.samples.spring3.model.ConnectSessionTokenAuthLink;
import dev.tristate.samples.spring3.model.Connection;
import dev.tristate.samples.spring3.model.LinkPatch;
import jakarta.validation.Valid;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openapitools.jackson.nullable.JsonNullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Takes and returns Tristate models (Jackson 2), mapped by hand with {@code @Valid @RequestBody}. Each response carries {@value #LABEL_STATE} saying which of the three states
 * the server read for {@code label}, so that a test sees the server's side of the round trip, not just an echo.
 */
@RestController
public class LinksController {
    public static final String LABEL_STATE = "Tristate-Label-State";

    private final Map<String, ConnectSessionTokenAuthLink> links = new ConcurrentHashMap<>();

    @PutMapping("/links/{key}")
    public ResponseEntity<ConnectSessionTokenAuthLink> putLink(
            @PathVariable("key") String key, @Valid @RequestBody ConnectSessionTokenAuthLink link) {
        links.put(key, link);
        return ResponseEntity.ok().header(LABEL_STATE, state(link.getLabel())).body(link);
    }

    @GetMapping("/links/{key}")
    public ResponseEntity<ConnectSessionTokenAuthLink> getLink(@PathVariable("key") String key) {
        ConnectSessionTokenAuthLink link = links.get(key);
        return link == null ? ResponseEntity.notFound().build() : ResponseEntity.ok(link);
    }

    /** PATCH with the three states: an absent property is kept, {@code null} clears it, a value replaces it. */
    @PatchMapping("/links/{key}")
    public ResponseEntity<ConnectSessionTokenAuthLink> patchLink(
            @PathVariable("key") String key, @Valid @RequestBody LinkPatch patch) {
        ConnectSessionTokenAuthLink link = links.computeIfPresent(key, (k, current) -> apply(current, patch));
        return link == null
                ? ResponseEntity.notFound().build()
                : ResponseEntity.ok().header(LABEL_STATE, state(patch.getLabel())).body(link);
    }

    @PostMapping("/connections")
    public ResponseEntity<Connection> echoConnection(@Valid @RequestBody Connection connection) {
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
