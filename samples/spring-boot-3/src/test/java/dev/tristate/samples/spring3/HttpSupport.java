package dev.tristate.samples.spring3;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one application context of the tests (both classes extend this, so Spring's test context cache starts the
 * server once), on a random port, spoken to over real HTTP on localhost.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class HttpSupport {
    @LocalServerPort
    int port;

    @Autowired
    RestClient.Builder restClientBuilder;

    @Autowired
    ObjectMapper mapper;

    LinksClient client() {
        return new LinksClient(restClientBuilder.clone(), "http://localhost:" + port);
    }

    record Raw(int status, String body) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors(ObjectMapper mapper) {
            try {
                return (List<Map<String, Object>>) mapper.readValue(body, Map.class).get("errors");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    /** Sends JSON as written, without the models, and reads the answer as text, whatever its status. */
    Raw raw(HttpMethod method, String path, String json) {
        RestClient rest = RestClient.builder().baseUrl("http://localhost:" + port).build();
        RestClient.RequestBodySpec request = rest.method(method).uri(path);
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).body(json);
        }
        return request.exchange((req, res) -> {
            try {
                return new Raw(res.getStatusCode().value(),
                        new String(res.getBody().readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
