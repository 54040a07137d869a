package dev.congkit.audit.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.Auditor;
import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.Evidence;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.Status;
import dev.congkit.core.check.Severity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** JSON against its published schema, CSV, and the HTML reports for people. Requirement: REPORT, MONITORING. */
class ReportsTest {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);
    private static final ReportHeading HEADING = new ReportHeading("UBND xã Mẫu Sơn", "Phòng Văn hóa - Xã hội", LocalDate.of(2026, 12, 15), MONDAY);
    private static SiteReport compliant;
    private static SiteReport tableLayout;
    private static SiteReport unreachable;

    @BeforeAll
    static void audit() {
        Auditor auditor = new Auditor(AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023").withDate(MONDAY));
        compliant = auditor.audit("src/test/resources/sites/mau-son/index.html");
        tableLayout = auditor.audit("src/test/resources/pages/table-layout.html");
        unreachable = auditor.audit("src/test/resources/pages/missing, \"quoted\".html");
    }

    @Test
    void jsonReportsFollowThePublishedSchemaAndReadBack() throws Exception {
        Schema schema;
        try (InputStream in = HtmlReports.class.getResourceAsStream("audit-report.schema.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(MAPPER.readTree(in));
        }
        for (SiteReport report : List.of(compliant, tableLayout, unreachable)) {
            String json = JsonReports.site(report);
            assertEquals(List.of(), schema.validate(MAPPER.readTree(json)), json);
            assertEquals(report, JsonReports.read(MAPPER.readTree(json)));
        }
        String summary = JsonReports.summary(List.of(compliant, tableLayout, unreachable), HEADING);
        assertEquals(List.of(), schema.validate(MAPPER.readTree(summary)));
        JsonNode root = MAPPER.readTree(summary);
        assertEquals("congkit-audit-summary/1", root.path("schema").asText());
        assertEquals("2026-12-15", root.path("deadline").asText());
        assertEquals(1.0, root.at("/reports/0/score").asDouble());
        assertTrue(root.at("/reports/2/score").isNull());
        assertEquals(List.of(compliant, tableLayout, unreachable), JsonReports.readSummary(summary));
    }

    @Test
    void aSummaryFromSomethingElseIsRefusedWithItsSchemaNamed() {
        IOException e = org.junit.jupiter.api.Assertions.assertThrows(IOException.class,
                () -> JsonReports.readSummary("{\"schema\":\"other/1\"}"));
        assertTrue(e.getMessage().contains("other/1"), e.getMessage());
    }

    @Test
    void csvIsOneRowPerSiteAndOneColumnPerRequirement() {
        String csv = CsvReports.table(List.of(compliant, tableLayout, unreachable));
        assertTrue(csv.startsWith("\uFEFFtarget,url,title,date,reachable,score,MENU-LAW,"), csv.substring(0, 80));
        String[] lines = csv.split("\r\n");
        assertEquals(4, lines.length);
        assertTrue(lines[1].contains(",1.0000,pass,"), lines[1]);
        assertTrue(lines[3].startsWith("\"src/test/resources/pages/missing, \"\"quoted\"\".html\","), lines[3]);
        assertTrue(lines[3].contains(",false,,cannot-judge"), lines[3]);
        assertEquals("'=HYPERLINK(1)", CsvReports.field("=HYPERLINK(1)"), "formulas are defused");
        assertEquals("\"Xã Mẫu Sơn; huyện Cẩm Thủy\"", CsvReports.field("Xã Mẫu Sơn; huyện Cẩm Thủy"),
                "a semicolon, the list separator of Vietnamese Excel, is quoted");
        assertEquals("\"'=1;2\"", CsvReports.field("=1;2"), "quoted and still defused");
    }

    @Test
    void textReportsCarryNoControlCharacterOrBidiOverrideFromAPage() {
        SiteReport hostile = new SiteReport("http://127.0.0.1/\u001b[2J", "http://127.0.0.1/", "t", compliant.ruleSets(), MONDAY, true,
                List.of("ghi chú \u001b]0;tiêu đề\u0007 \u202eTXT.EXE\u009b"), List.of(), List.of(new AuditFinding(
                "FOOTER-RESPONSIBLE", Status.FAIL, Severity.ERROR, "thiếu \u2066người\u2069 chịu trách nhiệm",
                List.of(new Evidence("http://127.0.0.1/", "footer\r\n", "Địa chỉ:\u001b[31m đỏ")), "Đ16")));
        String text = TextReports.site(hostile, java.util.Locale.forLanguageTag("vi"));
        assertTrue(text.chars().noneMatch(c -> c < 0x20 && c != '\n' || c >= 0x7f && c <= 0x9f || c >= 0x202a && c <= 0x202e
                || c >= 0x2066 && c <= 0x2069), text);
        assertTrue(text.contains("Địa chỉ: [31m đỏ"), "the text stays, without the escape: " + text);
        assertEquals("a b", TextReports.safe("a\u001bb"));
    }

    @Test
    void theSiteReportIsHeadedAsTheDirectiveAsksAndGroupsFindings() {
        Document page = Jsoup.parse(HtmlReports.site(tableLayout, HEADING, Locale.forLanguageTag("vi")));
        assertEquals("vi", page.selectFirst("html").attr("lang"));
        String heading = page.select("dl.heading").text();
        assertTrue(heading.contains("UBND xã Mẫu Sơn") && heading.contains("Phòng Văn hóa - Xã hội") && heading.contains("15/12/2026")
                && heading.contains("23/11/2026"), heading);
        assertEquals(List.of("Yêu cầu chưa đạt", "Yêu cầu đạt", "Không áp dụng hoặc không xác định được"), page.select("h2").eachText()
                .stream().filter(t -> t.startsWith("Yêu cầu") || t.startsWith("Không áp dụng")).toList());
        assertEquals(tableLayout.findings().size(), page.select("tr[id]").size());
        assertTrue(page.selectFirst("tr#NO-MOTION td.mark.fail").text().contains("Không đạt"));
        assertTrue(page.selectFirst("tr#NO-MOTION").text().contains("TT 32/2017/TT-BTTTT Đ18 k1 b"), "legal source shown");
        String evidence = page.select("tr#NO-MOTION ul.evidence li").text();
        assertTrue(evidence.startsWith("Nội dung chính của trang chủ") || evidence.startsWith("Trang chủ") || evidence.contains("của trang chủ"),
                "evidence said in words: " + evidence);
        assertTrue(page.select("ul.evidence code").isEmpty() && !page.select("ul.evidence").text().contains(" > "),
                "no selector in the report people read (it stays in the JSON)");
        assertTrue(page.select("script").isEmpty(), "a report runs no script");
    }

    /** "Cách khắc phục" under each requirement the site fails or is warned about, none under what it meets. */
    @Test
    void eachFailureSaysHowToFixIt() {
        Document page = Jsoup.parse(HtmlReports.site(tableLayout, HEADING, Locale.forLanguageTag("vi")));
        assertEquals("Cách khắc phục: Bỏ chữ chạy, ảnh tự trượt; dùng danh sách tĩnh (băng-rôn của CổngKit không chuyển động).",
                page.selectFirst("tr#NO-MOTION p.fix").text());
        page.select("td.mark.pass").forEach(pass -> assertTrue(pass.parent().select("p.fix").isEmpty(), pass.parent().id()));
        SiteReport inEnglish = new Auditor(AuditOptions.defaults().withDate(MONDAY)
                .withLocale(Locale.ENGLISH)).audit("src/test/resources/pages/table-layout.html");
        String text = TextReports.site(inEnglish, Locale.ENGLISH);
        assertTrue(text.contains("How to fix: Remove scrolling text and self-moving pictures"), text);
        assertTrue(JsonReports.site(inEnglish).contains("\"remedy\" : \"Remove scrolling text") || JsonReports.site(inEnglish).contains("\"remedy\":\"Remove scrolling text"),
                "the JSON carries the remedy of each failure");
    }

    /** Every requirement the reports name has its remedy in both languages. */
    @Test
    void everyRequirementHasItsRemedyInBothLanguages() throws Exception {
        for (String bundle : List.of("messages.properties", "messages_en.properties")) {
            java.util.Properties messages = new java.util.Properties();
            try (var in = dev.congkit.audit.AuditOptions.class.getResourceAsStream("/dev/congkit/audit/" + bundle)) {
                messages.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            java.util.Set<String> ids = new java.util.TreeSet<>();
            messages.stringPropertyNames().stream().filter(key -> key.startsWith("req.")).forEach(key -> ids.add(key.substring(4)));
            var rules = dev.congkit.core.rules.RuleSets.builtIn();
            rules.ids().forEach(id -> rules.get(id).ifPresent(set -> ids.addAll(set.requirements().keySet())));
            List<String> missing = ids.stream().filter(id -> !messages.containsKey("fix." + id) || !messages.containsKey("req." + id)).toList();
            assertEquals(List.of(), missing, bundle + ": every requirement of the rule sets has its name (req.) and its remedy (fix.)");
        }
    }

    @Test
    void englishOnRequest() {
        Document page = Jsoup.parse(HtmlReports.site(compliant, ReportHeading.checkedOn(MONDAY), Locale.ENGLISH));
        assertEquals("en", page.selectFirst("html").attr("lang"));
        assertEquals("Website compliance audit report", page.selectFirst("h1").text());
        assertTrue(page.select("dl.heading").text().contains("Date of the check 23/11/2026"), page.select("dl.heading").text());
    }

    @Test
    void hostileTextInAPageIsEscapedInTheReport() {
        SiteReport hostile = new SiteReport("<script>alert(1)</script>", "", "<img src=x onerror=alert(1)>", List.of("vn-nd224-2026"),
                MONDAY, true, List.of("<b>note</b>"), List.of(), List.of(new AuditFinding("IMAGE-ALT", Status.FAIL, Severity.ERROR,
                "<svg onload=alert(1)>", List.of(new Evidence("javascript:alert(1)", "a[href]", "<iframe>")), "src")));
        for (String html : List.of(HtmlReports.site(hostile, HEADING, Locale.ENGLISH),
                HtmlReports.summary(List.of(hostile), List.of("sites/001.html"), List.of(), HEADING, Locale.ENGLISH))) {
            Document page = Jsoup.parse(html);
            assertTrue(page.select("script, img, svg[onload], iframe, b").isEmpty(), html);
        }
    }

    @Test
    void theSummaryChartsComplianceAndSaysWhatChangedSinceLastTime(@TempDir Path folder) throws IOException {
        List<SiteReport> before = List.of(tableLayout, compliant);
        List<SiteReport> now = List.of(withStatus(tableLayout, "NO-MOTION", Status.PASS), withStatus(compliant, "SEARCH", Status.WARNING));
        List<Path> files = ReportFiles.writeBatch(folder, now, before, HEADING, Locale.forLanguageTag("vi"));
        assertEquals(7, files.size());
        Document summary = Jsoup.parse(Files.readString(folder.resolve("summary.html")));
        assertEquals(compliant.findings().size(), summary.select("svg.chart rect.bar").size(), "one bar per requirement");
        // the requirements by their Vietnamese names: beside each bar, over each column, in the legend
        assertTrue(summary.select("svg.chart text").eachText().contains("Không có chữ chạy, ảnh tự chuyển (NO-MOTION)"),
                summary.select("svg.chart text").eachText().toString());
        assertFalse(summary.select("table.matrix th.req abbr[title]").attr("title").isBlank());
        assertEquals(summary.select("table.matrix th.req").size(), summary.select("dl.legend dt").size());
        assertEquals(2, summary.select("table.matrix tbody tr").size());
        assertEquals("sites/001-table-layout.html", summary.selectFirst("table.matrix tbody a").attr("href"));
        assertTrue(Files.exists(folder.resolve("sites/001-table-layout.html")));
        String changes = summary.select("h3 + ul").eachText().toString();
        assertTrue(changes.contains("NO-MOTION") && changes.contains("SEARCH"), changes);
        assertTrue(summary.select("h3").get(0).nextElementSibling().text().contains("NO-MOTION"), "improved first");
        assertEquals("rw-r--r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder.resolve("summary.csv"))));
        try (var left = Files.list(folder)) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file is left");
        }
    }

    private static SiteReport withStatus(SiteReport report, String id, Status status) {
        List<AuditFinding> findings = new ArrayList<>();
        for (AuditFinding f : report.findings()) {
            findings.add(f.requirement().equals(id) ? new AuditFinding(id, status, f.severity(), f.message(), f.evidence(), f.source()) : f);
        }
        return new SiteReport(report.target(), report.url(), report.title(), report.ruleSets(), report.date(), report.reachable(),
                report.notes(), report.pages(), findings);
    }
}
