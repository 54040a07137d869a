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
        int port = freePort();
        Path log = Files.createTempFile("congkit-demo", ".log");
        Process process = startJar(port, log);
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> home = waitFor(client, "http://127.0.0.1:" + port + "/", log);
            assertEquals(200, home.statusCode());
            assertTrue(home.body().contains("<html lang=\"vi\">"));
            assertTrue(home.body().contains("Ủy ban nhân dân xã Mẫu Sơn"));
            assertTrue(Files.readString(log).contains("1 site(s) from the embedded database"), "no flag: the embedded store, seeded");
            HttpResponse<String> css = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/congkit/congkit.css")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, css.statusCode());
            assertTrue(css.body().contains("--ck-red"));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    @Test
    void underSixtyFourMebibytesTheDemoKeepsAnsweringAFloodOfUnknownNamesAndCleansUpOnStop() throws Exception {
        int port = freePort();
        Path temporary = Files.createTempDirectory("congkit-demo-tmp");
        Path log = Files.createTempFile("congkit-demo", ".log");
        Process process = startJar(port, log, "-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-Djava.io.tmpdir=" + temporary);
        try {
            // HTTP/1.1 without the h2c upgrade headers: a request line of 8 000 characters still fits Tomcat's 8 KiB header limit
            HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
            assertEquals(200, waitFor(client, "http://127.0.0.1:" + port + "/", log).statusCode());
            String padding = "x".repeat(8000);
            for (int i = 0; i < 9000; i++) {
                String name = (i + "-" + padding).substring(0, 7996) + ".css";
                String folder = i % 2 == 0 ? "/demo/" : "/congkit/";
                HttpResponse<Void> unknown = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + folder + name))
                        .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.discarding());
                assertEquals(404, unknown.statusCode(), "request " + i + " reached the static file servlet");
            }
            HttpResponse<String> home = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, home.statusCode(), Files.readString(log));
            assertTrue(home.body().contains("Ủy ban nhân dân xã Mẫu Sơn"));
            assertTrue(process.isAlive(), Files.readString(log));

            String refused = raw(port, "GET /a%zz HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertTrue(refused.startsWith("HTTP/1.1 400"), refused);
            assertTrue(!refused.contains("Tomcat") && !refused.contains("Exception"), "the error page names no server: " + refused);
        } finally {
            process.destroy();
            process.waitFor();
        }
        try (java.util.stream.Stream<Path> left = Files.list(temporary)) {
            assertEquals(java.util.List.of(), left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("congkit")).toList(),
                    "temporary folders left after the demo stopped");
        }
    }

    @Test
    void withSitesTheJarServesEachSiteFileAtItsHostAndNothingElse() throws Exception {
        Path folder = Files.createTempDirectory("congkit-sites");
        String sample = Files.readString(Path.of("src/main/resources/site.json"));
        Files.writeString(folder.resolve("mau-son.json"), sample);
        Files.writeString(folder.resolve("cam-thanh.json"), sample.replace("xã Mẫu Sơn", "xã Cẩm Thành").replace("Mẫu Sơn", "Cẩm Thành")
                .replace("https://mauson.thanhhoa.gov.vn", "https://camthanh.thanhhoa.gov.vn"));
        int port = freePort();
        Path log = Files.createTempFile("congkit-demo", ".log");
        Process process = startJar(port, log, java.util.List.of("--sites", folder.toString()));
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            assertEquals(404, waitFor(client, "http://127.0.0.1:" + port + "/", log).statusCode(), "127.0.0.1 is no site's host");
            String mauSon = raw(port, get("/", "mauson.thanhhoa.gov.vn"));
            assertTrue(mauSon.startsWith("HTTP/1.1 200") && mauSon.contains("Ủy ban nhân dân xã Mẫu Sơn") && !mauSon.contains("Cẩm Thành"), mauSon);
            String camThanh = raw(port, get("/widgets/footer", "camthanh.thanhhoa.gov.vn:" + port));
            assertTrue(camThanh.startsWith("HTTP/1.1 200") && camThanh.contains("Cẩm Thành") && !camThanh.contains("Mẫu Sơn"), camThanh);
            assertTrue(raw(port, get("/widgets/footer", "thanhhoa.gov.vn")).startsWith("HTTP/1.1 404"));
            assertTrue(raw(port, get("/", "localhost")).startsWith("HTTP/1.1 404"));
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    @Test
    void withDatabaseTheJarServesWhatTheStoreHolds() throws Exception {
        Path folder = Files.createTempDirectory("congkit-store");
        var tree = (com.fasterxml.jackson.databind.node.ObjectNode) dev.congkit.core.config.SiteConfigLoader.parse("site.json",
                Files.readString(Path.of("src/main/resources/site.json")));
        ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("footer").get("responsiblePerson")).put("fullName", "Lê Thị Hoa");
        try (dev.congkit.store.SiteStore store = dev.congkit.store.SiteStore.embedded(folder.resolve("congkit"))) {
            store.save("site.json", tree);
        }
        int port = freePort();
        Path log = Files.createTempFile("congkit-demo", ".log");
        Process process = startJar(port, log, java.util.List.of("--database", "jdbc:h2:file:" + folder.resolve("congkit")));
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpResponse<String> footer = waitFor(client, "http://127.0.0.1:" + port + "/widgets/footer", log);
            assertEquals(200, footer.statusCode(), Files.readString(log));
            assertTrue(footer.body().contains("Lê Thị Hoa"), footer.body());
        } finally {
            process.destroy();
            process.waitFor();
        }
    }

    private static String get(String path, String host) {
        return "GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n";
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** {@code java [jvmOptions] -jar target/congkit-demo.jar --port N}, its output in {@code log}. */
    private static Process startJar(int port, Path log, String... jvmOptions) throws IOException {
        return startJar(port, log, java.util.List.of(), jvmOptions);
    }

    private static Process startJar(int port, Path log, java.util.List<String> arguments, String... jvmOptions) throws IOException {
        Path jar = Path.of("target/congkit-demo.jar");
        assertTrue(Files.isRegularFile(jar), "package the demo first");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(java.util.List.of(jvmOptions));
        command.addAll(java.util.List.of("-jar", jar.toString(), "--port", String.valueOf(port)));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static String raw(int port, String request) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(java.net.InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            return new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
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
