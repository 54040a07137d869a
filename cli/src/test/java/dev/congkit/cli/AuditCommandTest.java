package dev.congkit.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static dev.congkit.cli.CliTest.inDefaultLanguage;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code congkit audit}: formats, batch mode, exit status. Requirements: REPORT, MONITORING. */
class AuditCommandTest {

    private static final String COMPLIANT = "../audit/src/test/resources/sites/mau-son/index.html";
    private static final String TABLE_LAYOUT = "../audit/src/test/resources/pages/table-layout.html";
    private static final String DAY = "2026-11-23";

    @Test
    void aCompliantSiteExitsZeroWithATextReport() {
        CliTest.Result result = inDefaultLanguage("audit", COMPLIANT, "--rules", "thanhhoa-camthuy-2023", "--date", DAY);
        assertEquals(0, result.code(), result.err());
        assertTrue(result.out().contains("pass           BANNER-FEEDBACK"), result.out());
        assertTrue(result.out().contains("Tỷ lệ đạt: 100 %"), result.out());
    }

    @Test
    void anErrorSeverityFailureExitsOneAndJsonIsMachineReadable() throws Exception {
        CliTest.Result result = inDefaultLanguage("audit", TABLE_LAYOUT, "--format", "json", "--lang", "en", "--date", DAY);
        assertEquals(1, result.code(), result.err());
        JsonNode json = new ObjectMapper().readTree(result.out());
        assertEquals("congkit-audit-report/1", json.path("schema").asText());
        assertEquals("vn-nd224-2026", json.path("ruleSets").path(0).asText(), "without --rules the national set in force applies");
        assertEquals(1, json.path("ruleSets").size());
        assertTrue(json.path("findings").findValuesAsText("requirement").contains("NO-MOTION"));
        assertTrue(!json.path("findings").findValuesAsText("requirement").contains("BANNER-FEEDBACK"), "the preset is not applied");
    }

    @Test
    void htmlAndCsvGoToTheFileNamed(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("bao-cao.html");
        CliTest.Result result = inDefaultLanguage("audit", COMPLIANT, "--rules", "thanhhoa-camthuy-2023", "--date", DAY, "--format", "html",
                "--out", html.toString(), "--unit", "UBND xã Mẫu Sơn", "--office", "UBND huyện Cẩm Thủy", "--deadline", "2026-12-15");
        assertEquals(0, result.code(), result.err());
        assertTrue(Jsoup.parse(html.toFile()).select("dl.heading").text().contains("UBND huyện Cẩm Thủy"));
        Path csv = dir.resolve("bang.csv");
        assertEquals(1, inDefaultLanguage("audit", TABLE_LAYOUT, "--format", "csv", "--out", csv.toString(), "--date", DAY).code());
        assertTrue(Files.readString(csv).lines().count() == 2);
    }

    @Test
    void aBatchWritesASummaryAndReportsTheUnreachable(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("don-vi.txt");
        Files.writeString(list, "# các xã trong huyện\n" + COMPLIANT + "\n" + TABLE_LAYOUT + "   # bố cục bảng\n\n"
                + dir.resolve("khong-co.html") + "\n");
        Path out = dir.resolve("bao-cao");
        CliTest.Result result = inDefaultLanguage("audit", "--targets", list.toString(), "--out", out.toString(), "--rules", "thanhhoa-camthuy-2023",
                "--date", DAY, "--concurrency", "2");
        assertEquals(1, result.code(), result.err());
        assertTrue(result.err().contains("3/3"), "progress is shown: " + result.err());
        assertTrue(result.err().contains("đã kiểm tra 3 trang (1 không truy cập được"), result.err());
        JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
        assertEquals(3, summary.path("reports").size());
        assertTrue(Files.exists(out.resolve("summary.csv")) && Files.exists(out.resolve("summary.html")));

        assertTrue(Files.readString(out.resolve("bao-cao.html")).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), "the formal report beside the summary");
        assertTrue(Files.size(out.resolve("bao-cao.docx")) > 2_000, "and as DOCX");

        CliTest.Result again = inDefaultLanguage("audit", "--targets", list.toString(), "--out", dir.resolve("lan-2").toString(),
                "--rules", "thanhhoa-camthuy-2023", "--date", DAY, "--previous", out.resolve("summary.json").toString());
        assertEquals(1, again.code(), again.err());
        assertTrue(Files.readString(dir.resolve("lan-2/summary.html")).contains("So với lần kiểm tra trước"));
    }

    @Test
    void theFormalReportTakesItsHeadingAndSignatureFromTheOptions(@TempDir Path dir) throws Exception {
        Path html = dir.resolve("bao-cao.html");
        CliTest.Result result = inDefaultLanguage("audit", COMPLIANT, "--rules", "thanhhoa-camthuy-2023", "--date", DAY, "--format", "report",
                "--out", html.toString(), "--unit", "Sở Văn hóa, Thể thao và Du lịch", "--supervisor", "UBND tỉnh Thanh Hóa", "--symbol", "BC-SVHTTDL",
                "--place", "Thanh Hóa", "--recipient", "UBND tỉnh (để báo cáo)", "--drafted-by", "QLVH",
                "--signer-title", "KT. GIÁM ĐỐC/PHÓ GIÁM ĐỐC", "--signer", "Nguyễn Thị Hường");
        assertEquals(0, result.code(), result.err());
        String text = org.jsoup.Jsoup.parse(Files.readString(html)).body().text();
        for (String part : List.of("UBND TỈNH THANH HÓA", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: …/BC-SVHTTDL", "Thanh Hóa, ngày … tháng … năm …",
                "- UBND tỉnh (để báo cáo);", "- Lưu: VT, QLVH.", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hường")) {
            assertTrue(text.contains(part), part + " in: " + text);
        }
        assertFalse(text.contains("BC-BC-"), "a symbol given with its BC- is not doubled: " + text);
    }

    /** One set of words for one form: the audit's formal report and the monitor's periodic report take the same options. */
    @Test
    void bothReportCommandsTakeTheSameFormOptions() {
        picocli.CommandLine audit = new picocli.CommandLine(new AuditCommand());
        picocli.CommandLine monitor = new picocli.CommandLine(new MonitorCommand());
        for (String option : List.of("--unit", "--supervisor", "--symbol", "--place", "--recipient", "--drafted-by", "--signer-title", "--signer")) {
            assertTrue(audit.getCommandSpec().findOption(option) != null, "audit " + option);
            assertTrue(monitor.getCommandSpec().findOption(option) != null, "monitor " + option);
        }
        for (String gone : List.of("--office-parent", "--office-symbol", "--office-place", "--report-to")) {
            assertTrue(monitor.getCommandSpec().findOption(gone) == null, "monitor " + gone);
        }
    }

    @Test
    void usageErrorsExitTwoWithAClearMessage(@TempDir Path dir) throws Exception {
        assertEquals(2, inDefaultLanguage("audit").code());
        CliTest.Result unknown = inDefaultLanguage("audit", COMPLIANT, "--rules", "khong-co");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("không có bộ quy tắc 'khong-co'"), unknown.err());
        CliTest.Result lang = inDefaultLanguage("audit", COMPLIANT, "--lang", "fr");
        assertEquals(2, lang.code());
        assertTrue(lang.err().contains("--lang must be vi or en"), lang.err());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CliTest.Result notFolder = inDefaultLanguage("audit", COMPLIANT, TABLE_LAYOUT, "--out", file.toString());
        assertEquals(2, notFolder.code());
        assertTrue(notFolder.err().contains("là một tệp; kiểm tra hàng loạt ghi vào một thư mục"), notFolder.err());
        CliTest.Result badPrevious = inDefaultLanguage("audit", COMPLIANT, TABLE_LAYOUT, "--out", dir.resolve("o").toString(), "--previous", file.toString());
        assertEquals(2, badPrevious.code());
        assertTrue(badPrevious.err().contains("không dùng được --previous"), badPrevious.err());
        CliTest.Result noList = inDefaultLanguage("audit", "--targets", dir.resolve("none.txt").toString());
        assertEquals(2, noList.code());
        assertTrue(noList.err().contains("none.txt"), noList.err());
        assertTrue(!noList.err().contains("Exception"), "never a stack trace");
    }
}
