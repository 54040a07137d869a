package dev.congkit.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import static dev.congkit.cli.CliTest.inDefaultLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code congkit audit} against hostile sites on 127.0.0.1: a stalled body, a malformed site in a batch. Requirement: MONITORING. */
class AuditHostileSiteTest {

    /** A loopback server whose home page is {@code html} served as {@code type}, or a body that stalls when html is null. */
    private static HttpServer serve(ExecutorService threads, String type, String html) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try {
                if (!exchange.getRequestURI().getPath().equals("/")) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                exchange.getResponseHeaders().set("Content-Type", type);
                byte[] body = html == null ? "<!DOCTYPE html><html><body>".getBytes(StandardCharsets.UTF_8) : html.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, html == null ? 100_000 : body.length);
                OutputStream out = exchange.getResponseBody();
                out.write(body);
                out.flush();
                if (html == null) {
                    Thread.sleep(120_000);
                }
                out.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the auditor hung up
            } finally {
                exchange.close();
            }
        });
        server.setExecutor(threads);
        server.start();
        return server;
    }

    private static String page(String text) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + text + "</title></head><body><main><h1>"
                + text + "</h1></main></body></html>";
    }

    @Test
    void aStalledBodyEndsWithinThirtySecondsAsUnreachable() throws IOException {
        ExecutorService threads = Executors.newCachedThreadPool();
        HttpServer stalled = serve(threads, "text/html; charset=utf-8", null);
        try {
            String url = "http://127.0.0.1:" + stalled.getAddress().getPort() + "/";
            long start = System.nanoTime();
            CliTest.Result result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> inDefaultLanguage("audit", url, "--timeout", "5"));
            long seconds = Duration.ofNanos(System.nanoTime() - start).toSeconds();
            assertTrue(seconds < 30, "returned after " + seconds + " s");
            assertEquals(1, result.code(), result.out() + result.err());
            assertTrue(result.out().contains("Không truy cập được trang: no complete answer within 5 s"), result.out());
        } finally {
            stalled.stop(0);
            threads.shutdownNow();
        }
    }

    @Test
    void aBatchKeepsEverySitesReportWhenOneSiteIsMalformed(@TempDir Path dir) throws IOException {
        ExecutorService threads = Executors.newCachedThreadPool();
        HttpServer good = serve(threads, "text/html; charset=utf-8", page("Ủy ban nhân dân xã Mẫu Sơn"));
        HttpServer malformed = serve(threads, "text/html; charset=.bad", page("Ủy ban nhân dân xã Cẩm Thành"));
        try {
            Path out = dir.resolve("bao-cao");
            CliTest.Result result = inDefaultLanguage("audit", "http://127.0.0.1:" + good.getAddress().getPort() + "/",
                    "http://127.0.0.1:" + malformed.getAddress().getPort() + "/", "--out", out.toString(), "--timeout", "5");
            assertTrue(result.code() == 0 || result.code() == 1, result.err());
            try (Stream<Path> sites = Files.list(out.resolve("sites"))) {
                List<String> names = sites.map(p -> p.getFileName().toString()).sorted().toList();
                assertEquals(4, names.size(), names.toString());
                String second = Files.readString(out.resolve("sites").resolve(names.stream().filter(n -> n.startsWith("002") && n.endsWith(".json"))
                        .findFirst().orElseThrow()));
                assertTrue(second.contains("\"reachable\" : true") || second.contains("\"reachable\":true"), second);
            }
            for (String summary : List.of("summary.json", "summary.csv", "summary.html")) {
                assertTrue(Files.isRegularFile(out.resolve(summary)), summary);
            }
        } finally {
            good.stop(0);
            malformed.stop(0);
            threads.shutdownNow();
        }
    }
}
