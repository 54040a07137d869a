package dev.congkit.audit;

import dev.congkit.audit.report.CsvReports;
import dev.congkit.audit.report.HtmlReports;
import dev.congkit.audit.report.JsonReports;
import dev.congkit.audit.report.ReportFiles;
import dev.congkit.audit.report.ReportHeading;
import dev.congkit.audit.report.TextReports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Sites that attack or break the auditor, served from 127.0.0.1: redirects to another host, bodies
 * and robots.txt files that stall, text that makes naive patterns backtrack, deep nesting, illegal
 * charsets. The auditor stays on the audited site, ends within its deadlines, and gives every site
 * its report. Requirement: MONITORING (an office audits sites it does not control).
 */
class HostileSiteTest {

    private static final String SECRET = "BÍ-MẬT-CỦA-MÁY-KHÁC";
    private static final Duration BOUND = Duration.ofSeconds(60);

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>UBND xã Mẫu Sơn</title></head><body>"
                + body + "</body></html>";
    }

    private static AuditOptions quick() {
        return Audits.options().withTimeout(Duration.ofSeconds(2)).withSiteTimeout(Duration.ofSeconds(20));
    }

    private static String everyFormat(SiteReport report) {
        ReportHeading heading = ReportHeading.checkedOn(Audits.MONDAY);
        return JsonReports.site(report) + CsvReports.table(List.of(report)) + HtmlReports.site(report, heading, Locale.forLanguageTag("vi"))
                + TextReports.site(report, Locale.forLanguageTag("vi")) + TextReports.site(report, Locale.ENGLISH)
                + HtmlReports.site(report, heading, Locale.ENGLISH);
    }

    @Test
    void redirectsToAnotherHostAreNeverFollowed() throws IOException {
        try (HostileServer other = new HostileServer(); HostileServer site = new HostileServer()) {
            String away = other.base();
            other.html("/secret", page("<h1>" + SECRET + "</h1><a href=\"/lien-he\">Liên hệ</a>"))
                    .on("/sitemap.xml", e -> HostileServer.send(e, 200, "application/xml",
                            "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\"><url><loc>" + SECRET + "</loc></url></urlset>"))
                    .on("/anh.jpg", e -> HostileServer.send(e, 200, "image/jpeg", SECRET.getBytes(StandardCharsets.UTF_8)));
            site.html("/", page("<header><h1>Ủy ban nhân dân xã Mẫu Sơn</h1></header><main>"
                            + "<a href=\"/tin-tuc/bai-1\">Tin tức sự kiện</a> <a href=\"/so-do\">Sơ đồ trang</a>"
                            + "<a href=\"/lien-he\">Liên hệ</a><img src=\"/anh/banner.jpg\" alt=\"Biểu ngữ\" class=\"banner\"></main>"))
                    .redirect("/tin-tuc/bai-1", away + "/secret?lay=token-bi-mat")
                    .redirect("/lien-he", away + "/secret")
                    .redirect("/sitemap.xml", away + "/sitemap.xml")
                    .redirect("/anh/banner.jpg", away + "/anh.jpg")
                    .on("/robots.txt", e -> HostileServer.send(e, 200, "text/plain", "User-agent: *\nAllow: /\nSitemap: " + away + "/sitemap.xml\n"))
                    .html("/so-do", page("<main><a href=\"/\">Trang chủ</a></main>"));

            SiteReport report = assertTimeoutPreemptively(BOUND, () -> new Auditor(quick()).audit(site.base() + "/"));

            assertTrue(report.reachable(), report.notes().toString());
            assertEquals(List.of(), other.requested, "requests that reached the other host");
            assertTrue(site.requested.containsAll(List.of("/tin-tuc/bai-1", "/lien-he", "/sitemap.xml", "/anh/banner.jpg")),
                    site.requested.toString());
            String reports = everyFormat(report);
            assertFalse(reports.contains(SECRET), "the other host's content is in a report");
            assertFalse(reports.contains("token-bi-mat"), "the redirect's query is quoted in a report");
            assertTrue(String.join(" ", report.notes()).contains("redirected off the audited site"), report.notes().toString());
        }
    }

    @Test
    void aHomePageRedirectedToAnotherHostIsUnreachable() throws IOException {
        try (HostileServer other = new HostileServer(); HostileServer site = new HostileServer()) {
            other.html("/", page(SECRET));
            site.redirect("/", other.base() + "/");
            SiteReport report = new Auditor(quick()).audit(site.base() + "/");
            assertFalse(report.reachable());
            assertTrue(report.notes().get(0).contains("redirected off the audited site"), report.notes().toString());
            assertEquals(List.of(), other.requested);
            assertFalse(everyFormat(report).contains(SECRET));
        }
    }

    @Test
    void aRedirectWithinTheSiteIsFollowed() throws IOException {
        try (HostileServer site = new HostileServer()) {
            site.redirect("/", "/trang-chu").html("/trang-chu", page("<main><h1>Trang chủ</h1></main>"));
            SiteReport report = new Auditor(quick()).audit(site.base() + "/");
            assertTrue(report.reachable(), report.notes().toString());
            assertEquals(site.base() + "/trang-chu", report.url());
        }
    }

    @Test
    void aBodyThatStallsAfterItsHeadersEndsWithinTheTimeout() throws IOException {
        try (HostileServer site = new HostileServer()) {
            site.on("/", HostileServer::stall);
            long start = System.nanoTime();
            SiteReport report = assertTimeoutPreemptively(BOUND, () -> new Auditor(quick()).audit(site.base() + "/"));
            assertFalse(report.reachable());
            assertTrue(report.notes().get(0).contains("no complete answer within 2 s"), report.notes().toString());
            assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 30, "ended long after the 2 s timeout");
        }
    }

    @Test
    void aStalledRobotsTxtForbidsTheSiteAndEndsWithinTheTimeout() throws IOException {
        try (HostileServer site = new HostileServer()) {
            site.on("/robots.txt", HostileServer::stall).html("/", page("<main>Trang chủ</main>"));
            SiteReport report = assertTimeoutPreemptively(BOUND, () -> new Auditor(quick()).audit(site.base() + "/"));
            assertFalse(report.reachable());
            assertTrue(report.notes().get(0).contains("robots.txt"), report.notes().toString());
            assertEquals(List.of("/robots.txt"), site.requested, "nothing but robots.txt is asked for");
        }
    }

    @Test
    void aServerErrorOnRobotsTxtForbidsAllWhileNotFoundAllowsAll() throws IOException {
        try (HostileServer broken = new HostileServer(); HostileServer plain = new HostileServer()) {
            broken.on("/robots.txt", e -> HostileServer.send(e, 503, "text/plain", "bảo trì")).html("/", page("<main>x</main>"));
            plain.html("/", page("<main>x</main>"));
            assertFalse(new Auditor(quick()).audit(broken.base() + "/").reachable());
            assertEquals(List.of("/robots.txt"), broken.requested);
            assertTrue(new Auditor(quick()).audit(plain.base() + "/").reachable());
        }
    }

    @Test
    void sitemapsImagesAndRedirectTargetsAskRobotsTxtFirst() throws IOException {
        try (HostileServer site = new HostileServer()) {
            site.on("/robots.txt", e -> HostileServer.send(e, 200, "text/plain",
                            "User-agent: *\nDisallow: /sitemap.xml\nDisallow: /anh/\nDisallow: /*.xml$\n"))
                    .html("/", page("<main><a href=\"/so-do\">Sơ đồ trang</a><img src=\"/anh/a.jpg\" alt=\"Ảnh\">"
                            + "<a href=\"/lien-he\">Liên hệ</a></main>"))
                    .redirect("/lien-he", "/anh/lien-he.html")
                    .html("/so-do", page("<main>Sơ đồ</main>"));
            new Auditor(quick()).audit(site.base() + "/");
            assertTrue(site.requested.contains("/lien-he"), site.requested.toString());
            assertTrue(site.requested.stream().noneMatch(p -> p.startsWith("/anh/") || p.endsWith(".xml")), site.requested.toString());
        }
    }

    @Test
    void textThatMakesNaivePatternsBacktrackIsReadInLinearTime() throws IOException {
        String letters = "a".repeat(200_000);
        String footer = "<footer>Cơ quan chủ quản: UBND xã Mẫu Sơn. Email: " + letters + " Địa chỉ:" + " ".repeat(100_000) + "x"
                + " Người chịu trách nhiệm: " + "Ă".repeat(100_000) + " Điện thoại: " + "0".repeat(100_000) + "</footer>";
        try (HostileServer site = new HostileServer()) {
            site.on("/robots.txt", e -> HostileServer.send(e, 200, "text/plain",
                            "User-agent: *\nDisallow: /*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*a*b\n"))
                    .html("/", page("<main><a href=\"/" + "a".repeat(3000) + "\">Tin tức</a><p>"
                            + "Ngày 12/12/2026 ".repeat(5_000) + "</p></main>" + footer));
            SiteReport report = assertTimeoutPreemptively(BOUND, () -> new Auditor(quick()).audit(site.base() + "/"));
            assertTrue(report.reachable());
            Audits.assertSound(report);
        }
    }

    @Test
    void deeplyNestedElementsAreReadInBoundedTime() throws IOException {
        String nested = "<div>Địa chỉ: thôn Mẫu Sơn ".repeat(200_000) + "</div>".repeat(200_000);
        try (HostileServer site = new HostileServer()) {
            site.html("/", page("<main>" + nested + "</main><footer>Email: ubnd@mauson.gov.vn</footer>"));
            SiteReport report = assertTimeoutPreemptively(BOUND,
                    () -> new Auditor(quick().withMaxBytes(16L << 20, 64L << 20)).audit(site.base() + "/"));
            assertTrue(report.reachable());
            Audits.assertSound(report);
        }
    }

    @Test
    void aPageFloodedWithWhatEveryJudgeLooksForIsReadInBoundedTime() throws IOException {
        String block = "<article><h2>Lịch làm việc của lãnh đạo tuần 48</h2><table><tr><th>Thứ Hai</th><td>Ngày 23/11/2026</td>"
                + "<td>Đ/c Nguyễn Thị Hường – Chủ tịch UBND xã, ĐT: 0237 3876 123, Email: huong@mauson.gov.vn</td></tr></table>"
                + "<figure><img src=\"/anh/a.jpg\" alt=\"Ảnh hội nghị\"><figcaption>Hội nghị năm 2019</figcaption></figure>"
                + "<p>Lịch tiếp công dân định kỳ vào thứ Năm hằng tuần tại trụ sở UBND xã.</p>"
                + "<ul class=\"menu\"><li><a href=\"/gioi-thieu\">Giới thiệu</a></li><li><a href=\"/tin-tuc/bai\">Tin tức sự kiện</a></li>"
                + "<li><a href=\"/lien-he\">Liên hệ góp ý</a></li></ul><marquee>Chào mừng kỷ niệm 1930 - 2015</marquee></article>";
        try (HostileServer site = new HostileServer()) {
            site.html("/", page("<header class=\"header\"><h1>Ủy ban nhân dân xã Mẫu Sơn</h1></header><main>" + block.repeat(4_000)
                    + "</main><footer>Địa chỉ: xã Mẫu Sơn. Email: ubnd@mauson.gov.vn</footer>"));
            SiteReport report = assertTimeoutPreemptively(BOUND, () -> new Auditor(quick().withMaxPages(1)).audit(site.base() + "/"));
            assertTrue(report.reachable());
            Audits.assertSound(report);
        }
    }

    @Test
    void anIllegalCharsetNameIsANoteNotAFailure() throws IOException {
        try (HostileServer site = new HostileServer()) {
            site.html("/", page("<main><a href=\"/lien-he\">Liên hệ</a></main>"))
                    .on("/lien-he", e -> HostileServer.send(e, 200, "text/html; charset=.bad", page("<main>Liên hệ</main>")));
            SiteReport report = new Auditor(quick()).audit(site.base() + "/");
            Audits.assertSound(report);
            assertTrue(report.pages().contains(site.base() + "/lien-he"), report.pages().toString());
        }
    }

    @Test
    void aBatchWritesEverySitesReportAndTheSummaryWhenSomeSitesAreHostile(@TempDir Path out) throws IOException {
        try (HostileServer good = new HostileServer(); HostileServer malformed = new HostileServer();
             HostileServer stalled = new HostileServer()) {
            good.html("/", page("<main><h1>Xã Mẫu Sơn</h1></main>"));
            malformed.on("/", e -> HostileServer.send(e, 200, "text/html; charset=.bad", page("<main>Xã Cẩm Thành</main>")));
            stalled.on("/", HostileServer::stall);
            List<String> targets = List.of(good.base() + "/", malformed.base() + "/", stalled.base() + "/");
            List<SiteReport> reports = assertTimeoutPreemptively(BOUND,
                    () -> new BatchAudit(new Auditor(quick()), 3).run(targets, (done, total, report) -> { }));
            assertEquals(3, reports.size());
            assertTrue(reports.get(0).reachable());
            assertTrue(reports.get(1).reachable(), reports.get(1).notes().toString());
            assertFalse(reports.get(2).reachable());
            ReportFiles.writeBatch(out, reports, List.of(), ReportHeading.checkedOn(Audits.MONDAY), Locale.forLanguageTag("vi"));
            try (Stream<Path> files = Stream.concat(Files.list(out), Files.list(out.resolve("sites")))) {
                List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
                assertTrue(names.containsAll(List.of("summary.json", "summary.csv", "summary.html")), names.toString());
                names = names.stream().filter(n -> !n.equals("sites")).toList();
                assertEquals(6, names.stream().filter(n -> !n.startsWith("summary")).count(), names.toString());
            }
        }
    }
}
