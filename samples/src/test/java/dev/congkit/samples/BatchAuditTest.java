package dev.congkit.samples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.Auditor;
import dev.congkit.audit.BatchAudit;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.report.JsonReports;
import dev.congkit.audit.report.ReportFiles;
import dev.congkit.audit.report.ReportHeading;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The supervising office's batch: 50 targets (demo pages, saved pages where the real-page corpus
 * is on the machine, loopback ports where nothing listens and missing files) give one summary; the
 * unreachable ones are reported, not fatal. Requirements: REPORT, MONITORING.
 */
class BatchAuditTest extends DemoServer {

    @Test
    void fiftyTargetsGiveOneSummaryAndTheUnreachableAreReported(@TempDir Path folder) throws IOException {
        List<String> targets = new ArrayList<>();
        for (String path : List.of("/", "/danh-ba", "/lich-tiep-cong-dan", "/lich-lam-viec", "/so-do-trang", "/he-thong-chinh-tri",
                "/tin-tuc", "/lien-he", "/tong-quan", "/chuyen-doi-so", "/?lang=en", "/thu-vien")) {
            targets.add(demo.url(path));
        }
        corpusPages().stream().limit(11).forEach(targets::add);
        int unreachable = 0;
        for (int i = 0; targets.size() < 46; i++) {
            targets.add("http://127.0.0.1:" + closedPort() + "/");
            unreachable++;
        }
        for (int i = 0; targets.size() < 50; i++) {
            targets.add(folder.resolve("khong-co-" + i + ".html").toString());
            unreachable++;
        }
        AuditOptions options = AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023").withMaxPages(8)
                .withTimeout(Duration.ofSeconds(5));
        AtomicInteger progress = new AtomicInteger();
        List<SiteReport> reports = new BatchAudit(new Auditor(options), 4).run(targets, (done, total, report) -> {
            assertEquals(50, total);
            progress.incrementAndGet();
        });
        assertEquals(50, reports.size());
        assertEquals(50, progress.get());
        assertEquals(targets, reports.stream().map(SiteReport::target).toList(), "reports come in the order of the targets");
        assertEquals(unreachable, reports.stream().filter(r -> !r.reachable()).count());
        assertTrue(reports.subList(0, 12).stream().allMatch(SiteReport::reachable));

        ReportHeading heading = new ReportHeading("UBND huyện Cẩm Thủy", "Sở Văn hóa, Thể thao và Du lịch", null, LocalDate.now());
        Path first = folder.resolve("lan-1");
        ReportFiles.writeBatch(first, reports, List.of(), heading, Locale.forLanguageTag("vi"));
        JsonNode summary = new ObjectMapper().readTree(first.resolve("summary.json").toFile());
        assertEquals(50, summary.path("sites").asInt());
        assertEquals(50, summary.path("reports").size());
        try (Stream<Path> sites = Files.list(first.resolve("sites"))) {
            assertEquals(100, sites.count(), "an HTML and a JSON report per site");
        }
        Document page = Jsoup.parse(Files.readString(first.resolve("summary.html")));
        assertEquals(50, page.select("table.matrix tbody tr").size());
        assertEquals(unreachable, page.select("table.matrix tbody tr").stream().filter(tr -> tr.text().contains("Không truy cập được")).count());

        List<SiteReport> previous = JsonReports.readSummary(Files.readString(first.resolve("summary.json")));
        Path second = folder.resolve("lan-2");
        ReportFiles.writeBatch(second, reports, previous, heading, Locale.forLanguageTag("vi"));
        Document again = Jsoup.parse(Files.readString(second.resolve("summary.html")));
        assertTrue(again.text().contains("So với lần kiểm tra trước"), "the comparison with the previous run is there");
        assertEquals(2, again.select("h3 + p").size(), "nothing improved or regressed between identical runs");
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /** The real-page corpus, when this machine has it; the batch fills with other targets when not. */
    private static List<String> corpusPages() throws IOException {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path corpus = dir.resolve("shared/corpus/real");
            if (Files.isDirectory(corpus)) {
                try (Stream<Path> pages = Files.list(corpus)) {
                    return pages.filter(p -> p.toString().endsWith(".html")).sorted().map(Path::toString).toList();
                }
            }
        }
        return List.of();
    }
}
