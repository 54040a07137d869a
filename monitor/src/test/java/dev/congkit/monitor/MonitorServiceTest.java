package dev.congkit.monitor;

import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.report.ReportForm;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The monitoring service over twenty loopback portals: two runs, the dashboard, the export, a stop midway, the log-in (MONITORING). */
class MonitorServiceTest {

    private static final String PASSWORD = "mat-khau-quan-tri-1";
    private static final String NEW_PASSWORD = "mat-khau-moi-cua-to-giam-sat";

    static {
        java.util.logging.Logger.getLogger("org.apache").setLevel(java.util.logging.Level.WARNING);
        java.util.logging.Logger.getLogger("org.flywaydb").setLevel(java.util.logging.Level.WARNING);
    }

    static MonitorService.Settings settings() {
        AuditOptions audit = AuditOptions.defaults().withRuleSet("vn-nd224-2026").withMaxPages(3).withMaxDepth(1).withTimeout(Duration.ofSeconds(5))
                .withSiteTimeout(Duration.ofSeconds(30)).withIgnoreRobots(true);
        return MonitorService.Settings.defaults().withPort(0).withAudit(audit).withConcurrency(4).withAdminPassword(PASSWORD);
    }

    static void awaitRuns(MonitorStore store, int done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < deadline) {
            if (store.runs().stream().filter(r -> r.status().equals("DONE")).count() >= done) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no " + done + " finished runs: " + store.runs());
    }

    @Test
    void twentyPortalsTwoRunsTheOverviewTheChangedAndTheDownSiteAndTheExport(@TempDir Path dir) throws Exception {
        try (LoopbackPortals portals = new LoopbackPortals(20, 0);
             MonitorStore store = MonitorStore.embedded(dir.resolve("monitor"))) {
            store.replaceSites(SiteList.parse("xa-phuong.csv", portals.csv()));
            MonitorService.Settings withOffice = settings().withReportForm(new ReportForm("UBND tỉnh Thanh Hóa", "Sở Khoa học và Công nghệ", "SKHCN",
                    "Thanh Hóa", List.of("UBND tỉnh (để báo cáo)", "UBND các xã, phường"), "CĐS", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hường"));
            try (MonitorService service = MonitorService.start(store, withOffice, line -> { })) {
                awaitRuns(store, 1);
                portals.changed.set(true);
                while (!service.runNow()) {
                    Thread.sleep(50);
                }
                awaitRuns(store, 2);

                MonitorClient officer = new MonitorClient(service.port());
                assertEquals(302, officer.get("/").statusCode(), "nothing without a session");
                assertEquals(302, officer.login("admin", PASSWORD).statusCode());
                assertTrue(officer.get("/").headers().firstValue("Location").orElse("").endsWith("/doi-mat-khau"), "a new password first");
                assertEquals(302, officer.post("/doi-mat-khau", Map.of("csrf", officer.csrf("/doi-mat-khau"), "hien-tai", PASSWORD, "moi", NEW_PASSWORD))
                        .statusCode());

                Document overview = Jsoup.parse(officer.get("/").body());
                assertEquals(20, overview.select(".ck-monitor__table tbody tr").size());
                assertTrue(overview.select("#ck-monitor-count").text().startsWith("20 đơn vị, 20 đã kiểm tra, 1 không truy cập được"),
                        overview.select("#ck-monitor-count").text());
                String down = "Xã số " + portals.down;
                assertTrue(overview.select("tr:has(a:containsOwn(" + down + ")) .ck-monitor__down").text().contains("Không truy cập được"));
                for (var row : overview.select(".ck-monitor__table tbody tr")) {
                    if (!row.text().contains(down)) {
                        assertTrue(row.select("td").get(1).text().matches("\\d+ %"), row.text());
                    }
                }
                String changedCode = String.valueOf(16500 + portals.changing);
                Document changed = Jsoup.parse(officer.get("/don-vi/" + changedCode).body());
                assertFalse(changed.select(".ck-monitor__changes li").isEmpty(), "the changed site shows its changes");
                assertTrue(changed.select(".ck-monitor__changes").text().contains("Chưa đạt → Đạt"), changed.select(".ck-monitor__changes").text());
                assertEquals(2, changed.select(".ck-monitor__chart circle").size(), "two runs on the chart");
                assertTrue(overview.select("tr:has(a:containsOwn(Xã số " + portals.changing + "))").text().contains("tăng"));

                HttpResponse<String> csv = officer.get("/xuat/tong-hop.csv");
                List<String> lines = csv.body().lines().toList();
                assertEquals(21, lines.size(), "a header and one row per site");
                assertTrue(lines.get(0).startsWith("\uFEFFma,ten,url,diem"));
                assertTrue(lines.stream().anyMatch(l -> l.startsWith((16500 + portals.down) + ",") && l.contains(",false,")));
                assertEquals(40, store.runs().stream().mapToInt(r -> store.audited(r.id()).size()).sum());

                String month = java.time.YearMonth.from(ReportPeriod.monthOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))).to()).toString();
                Document report = Jsoup.parse(officer.get("/bao-cao?thang=" + month).body());
                assertEquals(20, report.select(".ck-monitor__table tbody tr").size());
                // the names as typed, in capitals by the style sheet (Nghị định 30)
                assertEquals("UBND tỉnh Thanh Hóa Sở Khoa học và Công nghệ Số: …/BC-SKHCN", report.select(".ck-doc__issuer").text());
                assertEquals("Sở Khoa học và Công nghệ", report.select(".ck-doc__office strong").text());
                assertEquals("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thanh Hóa, ngày … tháng … năm …", report.select(".ck-doc__nation").text());
                assertEquals(List.of("- UBND tỉnh (để báo cáo);", "- UBND các xã, phường;", "- Lưu: VT, CĐS."), report.select(".ck-doc__recipients li").eachText());
                assertEquals("KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Ký, ghi rõ họ tên, đóng dấu) Nguyễn Thị Hường", report.select(".ck-doc__sign").text());
                assertTrue(report.select(".ck-monitor__doc-subject").text().contains("(số liệu từ ngày 15/"), report.select(".ck-monitor__doc-subject").text());
                assertTrue(report.select(".ck-monitor__table tbody tr:has(th:containsOwn(Xã số " + portals.down + ")) td").get(3).text().equals("2"),
                        "the down portal: two checks unreachable");
                assertEquals(21, officer.get("/bao-cao.csv?thang=" + month).body().lines().count());
                java.net.http.HttpResponse<byte[]> xlsx = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create("http://127.0.0.1:" + service.port() + "/bao-cao.xlsx?thang=" + month)).build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray());
                assertEquals(302, xlsx.statusCode(), "the workbook, too, needs a session");
                byte[] workbook = officer.bytes("/bao-cao.xlsx?thang=" + month);
                try (var book = new org.dhatim.fastexcel.reader.ReadableWorkbook(new java.io.ByteArrayInputStream(workbook));
                     var rows = book.getFirstSheet().openStream()) {
                    assertEquals(22, rows.count(), "a title, the header and twenty units (the reader skips the empty row)");
                }
            }
        }
    }

    @Test
    void aServiceStoppedDuringARunTakesItUpAgainWithNothingLostAndNothingTwice(@TempDir Path dir) throws Exception {
        try (LoopbackPortals portals = new LoopbackPortals(20, 1500)) {
            long runId;
            try (MonitorStore store = MonitorStore.embedded(dir.resolve("monitor"))) {
                store.replaceSites(SiteList.parse("xa-phuong.csv", portals.csv()));
                try (MonitorService service = MonitorService.start(store, settings(), line -> { })) {
                    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
                    while ((store.runs().isEmpty() || store.audited(store.runs().get(0).id()).size() < 3) && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    runId = store.runs().get(0).id();
                    assertTrue(store.audited(runId).size() < 20, "stopped midway");
                }
            }
            try (MonitorStore store = MonitorStore.embedded(dir.resolve("monitor"))) {
                int before = store.audited(runId).size();
                try (MonitorService service = MonitorService.start(store, settings(), line -> { })) {
                    awaitRuns(store, 1);
                    MonitorStore.Run run = store.runs().stream().filter(r -> r.id() == runId).findFirst().orElseThrow();
                    assertEquals("DONE", run.status());
                    assertTrue(run.resumed(), "marked as taken up again");
                    assertEquals(20, store.audited(runId).size(), "every site, once (it had " + before + ")");
                    assertEquals(1, store.runs().size(), "no second run for the interrupted one");
                    long perSite = store.findingCount() / 20;
                    assertEquals(store.findingCount(), perSite * 20, "the same number of verdicts for each site: none twice");
                }
            }
        }
    }

    @Test
    void theAdministratorEditsTheListAndABadOneChangesNothing(@TempDir Path dir) throws Exception {
        try (MonitorStore store = MonitorStore.embedded(dir.resolve("monitor"));
             MonitorService service = MonitorService.start(store, settings().withEvery(Duration.ofDays(365)), line -> { })) {
            store.replaceSites(SiteList.parse("xa.csv", "ten,ma,url\nXã Mẫu Sơn,16555,https://mauson.thanhhoa.gov.vn/\n"));
            MonitorClient officer = new MonitorClient(service.port());
            officer.login("admin", PASSWORD);
            officer.post("/doi-mat-khau", Map.of("csrf", officer.csrf("/doi-mat-khau"), "hien-tai", PASSWORD, "moi", NEW_PASSWORD));
            Document page = Jsoup.parse(officer.get("/danh-sach").body());
            String csv = page.getElementById("ck-sites-csv").wholeText();
            assertTrue(csv.contains("\"Xã Mẫu Sơn\",16555,"), csv);
            String bad = csv.strip() + "\nXã mới,123,https://moi.gov.vn\n";
            HttpResponse<String> refused = officer.post("/danh-sach", Map.of("csrf", officer.csrf("/danh-sach"), "csv", bad));
            assertEquals(400, refused.statusCode());
            Document again = Jsoup.parse(refused.body());
            assertTrue(again.select(".ck-feedback__summary li").text().contains("dòng 3"), again.select(".ck-feedback__summary").text());
            assertEquals(bad.strip(), again.getElementById("ck-sites-csv").wholeText().strip(), "what was typed is kept");
            assertEquals(1, store.sites().size(), "nothing applied");
            HttpResponse<String> saved = officer.post("/danh-sach", Map.of("csrf", officer.csrf("/danh-sach"),
                    "csv", csv.strip() + "\nPhường Mới,16999,,https://phuongmoi.gov.vn/\n"));
            assertEquals(200, saved.statusCode());
            assertTrue(Jsoup.parse(saved.body()).select(".ck-monitor__notice").text().contains("2 đơn vị"));
            assertEquals(List.of("16555", "16999"), store.sites().stream().map(s -> s.site().code()).toList());
        }
    }

    @Test
    void anAdministratorAddsAReadOnlyOfficerWhoSeesButCannotChange(@TempDir Path dir) throws Exception {
        try (MonitorStore store = MonitorStore.embedded(dir.resolve("monitor"));
             MonitorService service = MonitorService.start(store, settings().withEvery(Duration.ofDays(365)), line -> { })) {
            store.replaceSites(SiteList.parse("xa.csv", "ten,ma,url\nXã Mẫu Sơn,16555,https://mauson.thanhhoa.gov.vn/\n"
                    + "Phường Hạc Thành,14800,https://hacthanh.thanhhoa.gov.vn/\nĐặc khu Cồn Cỏ,19500,https://conco.quangtri.gov.vn/\n"));
            MonitorClient admin = new MonitorClient(service.port());
            admin.login("admin", PASSWORD);
            admin.post("/doi-mat-khau", Map.of("csrf", admin.csrf("/doi-mat-khau"), "hien-tai", PASSWORD, "moi", NEW_PASSWORD));
            assertTrue(Jsoup.parse(admin.get("/").body()).select("#ck-monitor-count").text().endsWith("(1 xã, 1 phường, 1 đặc khu, 0 thị trấn)"),
                    Jsoup.parse(admin.get("/").body()).select("#ck-monitor-count").text());
            HttpResponse<String> added = admin.post("/can-bo", Map.of("csrf", admin.csrf("/can-bo"), "ten", "nguyen.van.a", "vai-tro", "READER"));
            assertEquals(200, added.statusCode());
            String notice = Jsoup.parse(added.body()).select(".ck-monitor__notice").text();
            String oneTime = notice.replaceFirst(".*: ", "");
            assertTrue(notice.startsWith("Đã thêm nguyen.van.a.") && oneTime.length() == 16, notice);
            assertEquals(400, admin.post("/can-bo", Map.of("csrf", admin.csrf("/can-bo"), "ten", "nguyen.van.a", "vai-tro", "READER")).statusCode(),
                    "the name is taken");
            assertTrue(Jsoup.parse(admin.get("/can-bo").body()).select("tbody").text().contains("nguyen.van.a Chỉ xem chưa đổi mật khẩu được cấp"));

            MonitorClient reader = new MonitorClient(service.port());
            assertEquals(302, reader.login("nguyen.van.a", oneTime).statusCode());
            assertEquals(302, reader.post("/doi-mat-khau", Map.of("csrf", reader.csrf("/doi-mat-khau"), "hien-tai", oneTime, "moi", "mat-khau-rieng-cua-a-123"))
                    .statusCode());
            assertEquals(200, reader.get("/").statusCode());
            assertEquals(0, Jsoup.parse(reader.get("/").body()).select("form[action=/chay]").size(), "no run button for a reader");
            // a reader reads the periodic report; with no form given, every part of it is left as dots to fill by hand
            Document report = Jsoup.parse(reader.get("/bao-cao").body());
            assertEquals("…… Số: …/BC-……", report.select(".ck-doc__issuer").text());
            assertTrue(report.select(".ck-doc__nation").text().endsWith("……, ngày … tháng … năm …"), report.select(".ck-doc__nation").text());
            assertEquals(List.of("- Lưu: VT, ……."), report.select(".ck-doc__recipients li").eachText());
            assertEquals("…… (Ký, ghi rõ họ tên, đóng dấu) ……", report.select(".ck-doc__sign").text());
            assertEquals(403, reader.post("/chay", Map.of("csrf", reader.csrf("/"))).statusCode());
            assertEquals(403, reader.get("/danh-sach").statusCode());
            assertEquals(403, reader.get("/can-bo").statusCode());
            assertEquals(403, reader.post("/can-bo", Map.of("csrf", reader.csrf("/"), "ten", "ke-gian", "vai-tro", "ADMIN")).statusCode());
            assertTrue(store.officer("ke-gian").isEmpty());
        }
    }

    @Test
    void wrongPasswordsLockTheAccountAndEveryFormNeedsItsToken(@TempDir Path dir) throws Exception {
        try (MonitorStore store = MonitorStore.embedded(dir.resolve("monitor"));
             MonitorService service = MonitorService.start(store, settings().withEvery(Duration.ofDays(365)), line -> { })) {
            MonitorClient stranger = new MonitorClient(service.port());
            for (String path : List.of("/", "/don-vi/16500", "/yeu-cau/SEARCH", "/xuat/tong-hop.csv", "/doi-mat-khau")) {
                assertEquals(302, stranger.get(path).statusCode(), path);
                assertTrue(stranger.get(path).headers().firstValue("Location").orElse("").endsWith("/dang-nhap"), path);
            }
            assertEquals(403, stranger.post("/chay", Map.of()).statusCode(), "no token, no run");
            assertEquals(403, stranger.post("/dang-nhap", Map.of("ten", "admin", "mat-khau", PASSWORD)).statusCode(), "a log-in needs its token too");
            HttpResponse<String> wrong = stranger.login("admin", "sai-mat-khau");
            assertEquals(401, wrong.statusCode());
            assertTrue(wrong.body().contains("Tên đăng nhập hoặc mật khẩu không đúng."));
            assertEquals(401, stranger.login("khong-co-ai", PASSWORD).statusCode(), "an unknown name reads the same");
            for (int i = 0; i < 3; i++) {
                stranger.login("admin", "sai-mat-khau");
            }
            HttpResponse<String> locked = stranger.login("admin", "sai-mat-khau");
            assertEquals(429, locked.statusCode());
            assertTrue(locked.body().contains("Tài khoản tạm khóa"));
            assertEquals(429, stranger.login("admin", PASSWORD).statusCode(), "locked: even the right password waits");
            assertEquals(302, stranger.get("/").statusCode());
        }
    }
}
