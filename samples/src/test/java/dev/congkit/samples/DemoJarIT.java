package dev.congkit.samples;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The runnable jar itself: {@code java -jar target/congkit-demo.jar --port N} serves the page and the stylesheet. */
class DemoJarIT {

    @Test
    void runnableJarServesHomeAndStylesheet() throws Exception {
        Path jar = Path.of("target/congkit-demo.jar");
        assertTrue(Files.isRegularFile(jar), "package the demo first");
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort();
        }
        Path log = Files.createTempFile("congkit-demo", ".log");
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> home = waitFor(client, "http://127.0.0.1:" + port + "/", log);
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<html lang=\"vi\">"));
            assertTrue(home.body().contains("Ủy ban nhân dân xã Mẫu Sơn"));
            HttpResponse<String> css = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/congkit/congkit.css")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, css.statusCode());
            assertTrue(css.body().contains("--ck-red"));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static HttpResponse<String> waitFor(HttpClient client, String url, Path log) throws Exception {
        Instant deadline = Instant.now().plusSeconds(60);
        while (true) {
            try {
                return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
            } catch (IOException e) {
                if (Instant.now().isAfter(deadline)) {
                    throw new AssertionError("the demo did not answer within 60 s; its output:\n" + Files.readString(log), e);
                }
                Thread.sleep(200);
            }
        }
    }
}
