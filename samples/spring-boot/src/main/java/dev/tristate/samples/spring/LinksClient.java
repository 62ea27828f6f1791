package dev.tristate.samples.spring;

import dev.tristate.samples.spring.model.ConnectSessionTokenAuthLink;
import dev.tristate.samples.spring.model.Connection;
import dev.tristate.samples.spring.model.LinkPatch;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

/**
 * A client of the service with Spring's {@link RestClient} and the same Tristate models. Give it a builder from Spring
 * Boot ({@code RestClient.Builder} is auto-configured with Boot's {@code JsonMapper}, so {@code JsonNullable} is
 * written and read with its three states).
 */
public final class LinksClient {
    private final RestClient rest;

    public LinksClient(RestClient.Builder builder, String baseUrl) {
        this.rest = builder.baseUrl(baseUrl).build();
    }

    /** The response's headers say what the server read (see {@link LinksController#LABEL_STATE}). */
    public ResponseEntity<ConnectSessionTokenAuthLink> putLink(String key, ConnectSessionTokenAuthLink link) {
        return rest.put().uri("/links/{key}", key).contentType(MediaType.APPLICATION_JSON).body(link)
                .retrieve().toEntity(ConnectSessionTokenAuthLink.class);
    }

    public ConnectSessionTokenAuthLink getLink(String key) {
        return rest.get().uri("/links/{key}", key).retrieve().body(ConnectSessionTokenAuthLink.class);
    }

    public ConnectSessionTokenAuthLink patchLink(String key, LinkPatch patch) {
        return rest.patch().uri("/links/{key}", key).contentType(MediaType.APPLICATION_JSON).body(patch)
                .retrieve().body(ConnectSessionTokenAuthLink.class);
    }

    public Connection echoConnection(Connection connection) {
        return rest.post().uri("/connections").contentType(MediaType.APPLICATION_JSON).body(connection)
                .retrieve().body(Connection.class);
    }
}
