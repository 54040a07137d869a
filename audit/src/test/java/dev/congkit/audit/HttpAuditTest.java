package dev.congkit.audit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Audits over HTTP against a real server on 127.0.0.1 serving the test site: robots.txt, the
 * User-Agent, sitemap.xml, image byte budgets, encodings from the Content-Type header, and targets
 * that do not answer. Requirements: SITEMAP, IMAGE-BUDGET, UTF8, MONITORING (crawling politely).
 */
class HttpAuditTest {

    private HttpServer server;
    private final Map<String, byte[]> overrides = new ConcurrentHashMap<>();
    private final Map<String, String> types = new ConcurrentHashMap<>();
    private final List<String> agents = new CopyOnWriteArrayList<>();
    private final List<String> paths = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::serve);
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private void serve(HttpExchange exchange) throws IOException {
        agents.add(exchange.getRequestHeaders().getFirst("User-Agent"));
        String path = exchange.getRequestURI().getPath();
        paths.add(path);
        byte[] body = overrides.get(path);
        String type = types.getOrDefault(path, path.endsWith(".xml") ? "application/xml" : path.endsWith(".jpg") ? "image/jpeg"
                : path.endsWith(".png") ? "image/png" : "text/html; charset=utf-8");
        if (body == null) {
            Path file = Audits.SITE.resolve(path.equals("/") ? "index.html" : path.substring(1)).normalize();
            body = file.startsWith(Audits.SITE) && Files.isRegularFile(file) ? Files.readAllBytes(file) : null;
        }
        if (body == null) {
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private SiteReport audit(AuditOptions options) {
        return new Auditor(options).audit(base() + "/");
    }

    @Test
    void theTestSiteServedOverHttpPassesWithItsSitemapAndImageSizesChecked() {
        SiteReport report = audit(Audits.options());
        Audits.assertSound(report);
        assertEquals(Audits.expected(SavedPagesAuditTest.COMPLIANT), Audits.statuses(report));
        assertTrue(SavedPagesAuditTest.find(report, "IMAGE-BUDGET").message().contains("300 KB"));
        assertTrue(SavedPagesAuditTest.find(report, "SITEMAP").message().contains("/sitemap.xml"));
        assertTrue(paths.contains("/robots.txt"), "robots.txt is asked first");
        assertTrue(agents.stream().allMatch(a -> a != null && a.startsWith("CongKit-Audit/")), agents.toString());
    }

    @Test
    void robotsTxtIsRespectedUnlessAnOfficeSaysOtherwise() {
        overrides.put("/robots.txt", "User-agent: *\nDisallow: /\n".getBytes(StandardCharsets.UTF_8));
        types.put("/robots.txt", "text/plain");
        SiteReport refused = audit(Audits.options());
        assertFalse(refused.reachable());
        assertTrue(refused.notes().get(0).contains("robots.txt"), refused.notes().toString());
        assertEquals(List.of("/robots.txt"), paths, "nothing but robots.txt is fetched");

        SiteReport allowed = audit(Audits.options().withIgnoreRobots(true));
        assertTrue(allowed.reachable());
        assertTrue(allowed.notes().stream().anyMatch(n -> n.contains("robots.txt")), "ignoring robots.txt is reported");
    }

    @Test
    void robotsTxtForCongKitAloneWinsOverTheGeneralGroup() {
        overrides.put("/robots.txt", "User-agent: *\nDisallow: /\n\nUser-agent: CongKit-Audit\nDisallow: /danh-ba.html\n"
                .getBytes(StandardCharsets.UTF_8));
        SiteReport report = audit(Audits.options());
        assertTrue(report.reachable());
        assertFalse(paths.contains("/danh-ba.html"), "the disallowed page is not fetched");
    }

    @Test
    void imagesOverTheBudgetAreNamed() {
        byte[] large = new byte[400 * 1024];   // a JPEG's signature, then filler: only pictures are weighed
        large[0] = (byte) 0xFF;
        large[1] = (byte) 0xD8;
        large[2] = (byte) 0xFF;
        overrides.put("/anh/hoc-tap.jpg", large);
        SiteReport report = audit(Audits.options());
        AuditFinding budget = SavedPagesAuditTest.find(report, "IMAGE-BUDGET");
        assertEquals(Status.WARNING, budget.status());
        assertTrue(budget.evidence().get(0).excerpt().contains("hoc-tap.jpg"), budget.evidence().toString());
    }

    @Test
    void aBrokenSitemapFails() {
        overrides.put("/sitemap.xml", "<urlset><url><loc>x</url>".getBytes(StandardCharsets.UTF_8));
        AuditFinding sitemap = SavedPagesAuditTest.find(audit(Audits.options()), "SITEMAP");
        assertEquals(Status.FAIL, sitemap.status());
        assertTrue(sitemap.message().contains("sitemap.xml"), sitemap.message());
    }

    @Test
    void theEncodingInTheContentTypeHeaderWins() throws IOException {
        overrides.put("/", Files.readAllBytes(Audits.PAGES.resolve("windows-1258.html")));
        types.put("/", "text/html; charset=windows-1258");
        SiteReport report = audit(Audits.options());
        AuditFinding utf8 = SavedPagesAuditTest.find(report, "UTF8");
        assertEquals(Status.FAIL, utf8.status());
        assertEquals(Status.PASS, SavedPagesAuditTest.find(report, "FOOTER-RESPONSIBLE").status());
    }

    @Test
    void aPortWhereNothingListensIsAFinding() throws IOException {
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        SiteReport report = new Auditor(Audits.options().withTimeout(Duration.ofSeconds(3))).audit("http://127.0.0.1:" + closed + "/");
        assertFalse(report.reachable());
        assertTrue(report.failsError());
        assertTrue(report.notes().get(0).contains("connection refused"), report.notes().toString());
        assertTrue(report.findings().stream().allMatch(f -> f.status() == Status.CANNOT_JUDGE));
    }

    @Test
    void aPageThatIsNotHtmlIsReportedAsSuch() {
        overrides.put("/", "%PDF-1.4".getBytes(StandardCharsets.UTF_8));
        types.put("/", "application/pdf");
        SiteReport report = audit(Audits.options());
        assertFalse(report.reachable());
        assertTrue(report.notes().get(0).contains("application/pdf"), report.notes().toString());
    }
}
