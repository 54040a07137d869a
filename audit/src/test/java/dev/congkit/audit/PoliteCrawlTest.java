package dev.congkit.audit;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Crawling is bounded and polite: per-host concurrency, a page cap, a timeout, and an explicit choice on broken TLS. */
class PoliteCrawlTest {

    private static final byte[] PAGE = ("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>Trang</title></head><body>"
            + "<a href=\"/a\">Danh bạ</a><a href=\"/b\">Liên hệ</a><a href=\"/c\">Lịch làm việc</a><a href=\"/d\">Giới thiệu</a>"
            + "<a href=\"/e\">Tổng quan</a></body></html>").getBytes(java.nio.charset.StandardCharsets.UTF_8);

    private static HttpServer serve(HttpServer server, AtomicInteger inFlight, AtomicInteger most, AtomicInteger requests, long sleepMillis) {
        server.createContext("/", exchange -> {
            int now = inFlight.incrementAndGet();
            most.accumulateAndGet(now, Math::max);
            requests.incrementAndGet();
            try {
                Thread.sleep(sleepMillis);
                byte[] body = exchange.getRequestURI().getPath().equals("/robots.txt") ? new byte[0] : PAGE;
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length == 0 ? -1 : body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                // the client gave up (a timeout test): nothing to answer
            } finally {
                inFlight.decrementAndGet();
                exchange.close();
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.start();
        return server;
    }

    @Test
    void oneHostNeverSeesMoreRequestsAtOnceThanAllowedAndThePageCapHolds() throws IOException {
        AtomicInteger inFlight = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                inFlight, most, requests, 15);
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            Auditor auditor = new Auditor(Audits.options().withPerHost(1).withMaxPages(3));
            List<SiteReport> reports = new BatchAudit(auditor, 4).run(List.of(url + "/", url + "/?x=1", url + "/?x=2", url + "/?x=3"),
                    (done, total, report) -> { });
            assertEquals(1, most.get(), "requests at once to one host");
            reports.forEach(r -> assertEquals(3, r.pages().size(), "page cap"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aSlowSiteTimesOutIntoAFinding() throws IOException {
        HttpServer server = serve(HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0),
                new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), 3000);
        try {
            SiteReport report = new Auditor(Audits.options().withTimeout(Duration.ofSeconds(1)).withIgnoreRobots(true))
                    .audit("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            assertFalse(report.reachable());
            assertTrue(report.notes().get(0).contains("1 s"), report.notes().toString());
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBrokenTlsChainIsRefusedUnlessAcceptedAndThenReported(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("tu-ky.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "site", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2", "-dname", "CN=127.0.0.1",
                "-ext", "SAN=ip:127.0.0.1", "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", "matkhau")
                .redirectErrorStream(true).start();
        try (InputStream out = keytool.getInputStream()) {
            out.readAllBytes();
        }
        assertEquals(0, keytool.waitFor(), "keytool made a self-signed certificate");
        KeyStore keys = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keys.load(in, "matkhau".toCharArray());
        }
        KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        factory.init(keys, "matkhau".toCharArray());
        SSLContext tls = SSLContext.getInstance("TLS");
        tls.init(factory.getKeyManagers(), null, null);
        HttpsServer https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(tls));
        serve(https, new AtomicInteger(), new AtomicInteger(), new AtomicInteger(), 0);
        try {
            String url = "https://127.0.0.1:" + https.getAddress().getPort() + "/";
            SiteReport refused = new Auditor(Audits.options()).audit(url);
            assertFalse(refused.reachable());
            assertTrue(String.join(" ", refused.notes()).contains("TLS"), refused.notes().toString());

            SiteReport accepted = new Auditor(Audits.options().withAcceptBrokenTls(true)).audit(url);
            assertTrue(accepted.reachable(), accepted.notes().toString());
            assertTrue(accepted.notes().stream().anyMatch(n -> n.contains("TLS") && n.contains("--insecure-tls")), accepted.notes().toString());
        } finally {
            https.stop(0);
        }
    }
}
