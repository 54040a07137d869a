package dev.congkit.cli;

import com.sun.net.httpserver.HttpServer;
import dev.congkit.audit.AuditOptions;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.congkit.cli.CliTest.inDefaultLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code congkit audit --browser} on loopback sites: the menu drawn by script and the banner only a
 * footer link or hidden by a style sheet; the HTML report carries the screenshot and the banner's
 * crop. Requirements: BANNER-FEEDBACK, MENU-MAIN, REPORT. Needs Chromium (required under CI).
 */
class AuditBrowserCommandTest {

    private static final Path SITE = Path.of("../audit/src/test/resources/sites/browser");
    private static HttpServer server;

    @BeforeAll
    static void serve() throws IOException {
        boolean installed = AuditOptions.installedBrowser().isPresent();
        if (!installed && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs Chromium for the browser-mode tests (apt-get install chromium)");
        }
        Assumptions.assumeTrue(installed, "Chromium is not installed");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            Path file = SITE.resolve(exchange.getRequestURI().getPath().substring(1)).normalize();
            boolean found = file.startsWith(SITE) && Files.isRegularFile(file);
            byte[] body = found ? Files.readAllBytes(file) : new byte[0];
            String name = file.getFileName() == null ? "" : file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".css") ? "text/css" : name.endsWith(".js") ? "text/javascript"
                    : name.endsWith(".svg") ? "image/svg+xml" : "text/html; charset=utf-8");
            exchange.sendResponseHeaders(found ? 200 : 404, found ? body.length : -1);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static String url(String page) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/" + page;
    }

    @Test
    void aScriptMenuPassesAndABannerOnlyInTheFooterFailsWithItsReason() {
        CliTest.Result menu = inDefaultLanguage("audit", "--browser", "--rules", "thanhhoa-camthuy-2023", "--max-pages", "1", url("script-menu.html"));
        assertTrue(menu.out().contains("pass           MENU-MAIN"), menu.out());
        CliTest.Result withoutBrowser = inDefaultLanguage("audit", "--rules", "thanhhoa-camthuy-2023", "--max-pages", "1", url("script-menu.html"));
        assertTrue(withoutBrowser.out().contains("cannot-judge   MENU-MAIN"), withoutBrowser.out());

        CliTest.Result footer = inDefaultLanguage("audit", "--browser", "--rules", "thanhhoa-camthuy-2023", "--max-pages", "1", url("footer-link.html"));
        assertEquals(1, footer.code(), footer.err());
        assertTrue(footer.out().contains("fail           BANNER-FEEDBACK") && footer.out().contains("liên kết “Phản hồi” ở chân trang"), footer.out());
    }

    @Test
    void theHtmlReportShowsTheHomePageAndTheHiddenBannersReason(@TempDir Path dir) throws IOException {
        Path report = dir.resolve("bao-cao.html");
        CliTest.Result result = inDefaultLanguage("audit", "--browser", "--rules", "thanhhoa-camthuy-2023", "--max-pages", "1",
                "--format", "html", "--out", report.toString(), url("hidden-banner.html"));
        assertEquals(1, result.code(), result.err());
        Document page = Jsoup.parse(report.toFile());
        assertTrue(page.selectFirst("figure.shot image").attr("href").startsWith("data:image/jpeg;base64,"), "the home page's picture is in the file");
        assertTrue(page.selectFirst("tr#BANNER-FEEDBACK").text().contains("không hiện ra trên trang"), page.selectFirst("tr#BANNER-FEEDBACK").text());
        assertTrue(page.select("script").isEmpty(), "a report runs no script");
    }

    @Test
    void theFormalReportPrintsToPdfThroughTheBrowser(@TempDir Path dir) throws IOException {
        Path pdf = dir.resolve("bao-cao.pdf");
        CliTest.Result result = inDefaultLanguage("audit", "--browser", "--rules", "thanhhoa-camthuy-2023", "--max-pages", "1",
                "--format", "report", "--out", pdf.toString(), "--unit", "Sở Văn hóa, Thể thao và Du lịch", "--symbol", "SVHTTDL", url("good.html"));
        assertTrue(result.code() <= 1, result.err());
        byte[] bytes = Files.readAllBytes(pdf);
        assertTrue(bytes.length > 5_000 && new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"), "a PDF");
        CliTest.Result noBrowser = inDefaultLanguage("audit", "--rules", "thanhhoa-camthuy-2023", "--max-pages", "1",
                "--format", "report", "--out", dir.resolve("b.pdf").toString(), url("good.html"));
        assertEquals(2, noBrowser.code());
        assertTrue(noBrowser.err().contains("báo cáo PDF cần --browser"), noBrowser.err());
        assertTrue(!Files.exists(dir.resolve("b.pdf")));
    }

    @Test
    void aMissingBrowserIsAUsageError() {
        CliTest.Result result = inDefaultLanguage("audit", "--chromium", "/khong/co/chromium", url("good.html"));
        assertEquals(2, result.code());
        assertTrue(result.err().contains("không phải một chương trình chạy được"), result.err());
        CliTest.Result axe = inDefaultLanguage("audit", "--axe", "axe.min.js", url("good.html"));
        assertEquals(2, axe.code());
        assertTrue(axe.err().contains("--axe chỉ dùng cùng --browser"), axe.err());
    }
}
