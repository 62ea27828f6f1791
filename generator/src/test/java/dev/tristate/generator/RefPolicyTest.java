package dev.tristate.generator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.sun.net.httpserver.HttpServer;
import dev.tristate.generator.support.Generation;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Where a spec's $refs may lead: files below the root document's folder and the allowed directories, remote
 * documents only when allowed. A refused reference is refused before anything is read or fetched.
 */
class RefPolicyTest {

    private static final String HEAD = "openapi: 3.1.0\ninfo: {title: Refs, version: \"1\"}\npaths: {}\n"
            + "components:\n  schemas:\n    Holder:\n      type: object\n      properties:\n";

    @Test
    void aUrlIsRefusedWithoutConnecting() throws Exception {
        try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            AtomicInteger connections = countConnections(server);
            Path spec = spec(Generation.tempDir("url"), "        pet: {$ref: 'http://127.0.0.1:"
                    + server.getLocalPort() + "/pet.yaml#/Pet'}\n");
            GenerationException e = failure(config(spec));
            assertThat(e.getMessage()).isEqualTo(spec + ":9:15: $ref 'http://127.0.0.1:" + server.getLocalPort()
                    + "/pet.yaml#/Pet' names a remote document, which is not fetched unless remote references are"
                    + " allowed (allowRemoteRefs, --allow-remote-refs)");
            Thread.sleep(200);
            assertThat(connections.get()).as("connections to the refused URL").isZero();
        }
    }

    @Test
    void anAllowedUrlIsFetched() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        AtomicInteger requests = new AtomicInteger();
        server.createContext("/pet.yaml", exchange -> {
            requests.incrementAndGet();
            byte[] body = "Pet:\n  type: object\n  properties:\n    name: {type: string}\n"
                    .getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try {
            Path dir = Generation.tempDir("url-allowed");
            Path spec = spec(dir, "        pet: {$ref: 'http://127.0.0.1:" + server.getAddress().getPort()
                    + "/pet.yaml#/Pet'}\n");
            GenerationResult result = new Generator().generate(GeneratorConfig.builder().inputSpec(spec)
                    .outputDirectory(dir.resolve("out")).packageName("it.refs").allowRemoteRefs(true).build());
            assertThat(result.generatedFiles()).extracting(Path::getFileName).extracting(Path::toString)
                    .containsExactlyInAnyOrder("Holder.java", "Pet.java");
            assertThat(requests.get()).as("requests for the allowed URL").isPositive();
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anAllowedUrlThatCannotBeFetchedIsALocatedError() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Path dir = Generation.tempDir("url-down");
        Path spec = spec(dir, "        pet: {$ref: 'http://127.0.0.1:" + port + "/pet.yaml#/Pet'}\n");
        GenerationException e = failure(GeneratorConfig.builder().inputSpec(spec).outputDirectory(dir.resolve("out"))
                .packageName("it.refs").allowRemoteRefs(true).build());
        assertThat(e.getMessage()).startsWith(spec + ":9:15: Swagger Parser cannot resolve $ref 'http://127.0.0.1:"
                + port + "/pet.yaml#/Pet': ");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    /** The layout of the Ampersand spec: the root document in api/, the rest in sibling folders. */
    @Test
    void siblingFoldersNeedAnAllowedDirectory() throws Exception {
        Path root = Generation.tempDir("siblings");
        Files.createDirectories(root.resolve("api"));
        Files.createDirectories(root.resolve("common"));
        Files.writeString(root.resolve("common/pet.yaml"), "Pet:\n  type: object\n  properties:\n"
                + "    name: {type: string}\n");
        Path spec = spec(root.resolve("api"), "        pet: {$ref: '../common/pet.yaml#/Pet'}\n");

        assertThat(failure(config(spec)).getMessage()).isEqualTo(spec + ":9:15: $ref '../common/pet.yaml#/Pet' names"
                + " a file outside the folders this spec may read (" + root.resolve("api") + "); allow its folder"
                + " with allowedRefDirectories (--allowed-ref-directory)");
        GenerationResult result = new Generator().generate(GeneratorConfig.builder().inputSpec(spec)
                .outputDirectory(root.resolve("out")).packageName("it.refs")
                .allowedRefDirectories(List.of(root)).build());
        assertThat(result.generatedFiles()).hasSize(2);
    }

    @Test
    void aLinkLeavingTheFolderIsRefused() throws Exception {
        Path outside = Generation.tempDir("outside");
        Files.writeString(outside.resolve("secret.yaml"), "Secret:\n  type: object\n  properties:\n"
                + "    key: {type: string}\n");
        Path dir = Generation.tempDir("link");
        try {
            Files.createSymbolicLink(dir.resolve("shared"), outside);
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        Path spec = spec(dir, "        secret: {$ref: 'shared/secret.yaml#/Secret'}\n");
        assertThat(failure(config(spec)).getMessage()).isEqualTo(spec + ":9:18: $ref 'shared/secret.yaml#/Secret'"
                + " names a link to a file outside the folders this spec may read (" + dir + "); allow its folder"
                + " with allowedRefDirectories (--allowed-ref-directory)");
    }

    /** A named pipe blocks whoever opens it for reading: the refusal must come without opening it. */
    @Test
    void aRefusedFileIsNotOpened() throws Exception {
        Path outside = Generation.tempDir("fifo");
        Path fifo = outside.resolve("pipe.yaml");
        try {
            Process mkfifo = new ProcessBuilder("mkfifo", fifo.toString()).start();
            Assumptions.assumeTrue(mkfifo.waitFor() == 0, "mkfifo failed");
        } catch (IOException e) {
            Assumptions.abort("no mkfifo here: " + e);
        }
        Path spec = spec(Generation.tempDir("fifo-spec"), "        pipe: {$ref: '" + fifo + "#/Pipe'}\n");
        GenerationException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> failure(config(spec)));
        assertThat(e.getMessage()).contains("names a file outside the folders this spec may read");
    }

    @Test
    void narrowingThePolicyChecksTheSpecAgainInsteadOfSkipping() throws Exception {
        Path root = Generation.tempDir("narrowed");
        Files.createDirectories(root.resolve("api"));
        Files.writeString(root.resolve("pet.yaml"), "Pet:\n  type: object\n  properties:\n    name: {type: string}\n");
        Path spec = spec(root.resolve("api"), "        pet: {$ref: '../pet.yaml#/Pet'}\n");
        GeneratorConfig.Builder config = GeneratorConfig.builder().inputSpec(spec).outputDirectory(root.resolve("out"))
                .packageName("it.refs").stateDirectory(root.resolve("state"));
        new Generator().generate(config.allowedRefDirectories(List.of(root)).build());

        GenerationException e = failure(GeneratorConfig.builder().inputSpec(spec).outputDirectory(root.resolve("out"))
                .packageName("it.refs").stateDirectory(root.resolve("state")).build());
        assertThat(e.getMessage()).contains("names a file outside the folders this spec may read");
    }

    private static AtomicInteger countConnections(ServerSocket server) {
        AtomicInteger connections = new AtomicInteger();
        Thread acceptor = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket ignored = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        return connections;
    }

    private static Path spec(Path dir, String properties) throws IOException {
        return Files.writeString(dir.resolve("api.yaml"), HEAD + properties);
    }

    private static GeneratorConfig config(Path spec) {
        return GeneratorConfig.builder().inputSpec(spec).outputDirectory(spec.resolveSibling("out"))
                .packageName("it.refs").build();
    }

    private static GenerationException failure(GeneratorConfig config) {
        GenerationException e = catchThrowableOfType(GenerationException.class, () -> new Generator().generate(config));
        assertThat(e).as("a GenerationException").isNotNull();
        return e;
    }
}
