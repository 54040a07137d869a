package dev.congkit.audit.report;

import dev.congkit.audit.Auditor;
import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.SiteReport;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The formal report (Nghị định 30/2020, Phụ lục I, a Báo cáo): its parts in order in the printable
 * HTML, and the same text in the DOCX read back with the JDK's XML parser. Requirement: REPORT.
 */
class FormalReportsTest {

    private static final Locale VI = Locale.forLanguageTag("vi");
    private static final ReportHeading HEADING = new ReportHeading("Sở Văn hóa, Thể thao và Du lịch", "UBND các xã, phường",
            LocalDate.of(2026, 12, 15), LocalDate.of(2026, 11, 23));
    private static final ReportForm FORM = new ReportForm("UBND tỉnh Thanh Hóa", "Sở Văn hóa, Thể thao và Du lịch", "SVHTTDL", "Thanh Hóa",
            List.of("UBND tỉnh (để báo cáo)", "UBND các xã, phường"), "QLVH", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hường");
    private static List<SiteReport> reports;

    @BeforeAll
    static void audit() {
        Auditor auditor = new Auditor(AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023").withDate(LocalDate.of(2026, 11, 23)));
        reports = List.of(auditor.audit("src/test/resources/sites/mau-son/index.html"), auditor.audit("src/test/resources/pages/table-layout.html"),
                auditor.audit("src/test/resources/khong-co.html"));
    }

    @Test
    void theHtmlHasTheFormsPartsInOrder() {
        Document page = Jsoup.parse(FormalReports.html(reports, FORM, HEADING, VI));
        String text = page.body().text();
        List<String> parts = List.of("UBND TỈNH THANH HÓA", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Số: …/BC-SVHTTDL",
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Thanh Hóa, ngày … tháng … năm …", "BÁO CÁO",
                "Kết quả kiểm tra trang thông tin điện tử", "I. KẾT QUẢ CHUNG", "II. KẾT QUẢ CỦA TỪNG TRANG", "1. ", "2. ", "3. ",
                "III. ĐỀ XUẤT, KIẾN NGHỊ", "trước ngày 15/12/2026", "Nơi nhận:", "- UBND tỉnh (để báo cáo);", "- Lưu: VT, QLVH.",
                "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Hường");
        int at = 0;
        for (String part : parts) {
            int found = text.indexOf(part, at);
            assertTrue(found >= 0, "'" + part + "' after position " + at + " in: " + text);
            at = found + part.length();
        }
        assertEquals(4, page.select("table.ruled tr").size(), "a header row and a row per site");
        assertTrue(page.select("span.u").text().equals("Độc lập - Tự do - Hạnh phúc"), "the tiêu ngữ is underlined");
        assertTrue(page.selectFirst("style").data().contains("size: A4") && page.selectFirst("style").data().contains("Times New Roman"));
        assertTrue(text.contains("Cách khắc phục:") && text.contains("Không truy cập được trang để kiểm tra"), text);
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void missingPartsAreLeftAsDotsForTheOfficeToFill() {
        String text = Jsoup.parse(FormalReports.html(reports, ReportForm.from(ReportHeading.checkedOn(LocalDate.of(2026, 11, 23))), 
                ReportHeading.checkedOn(LocalDate.of(2026, 11, 23)), VI)).body().text();
        assertTrue(text.contains("Số: …/BC-……") && text.contains("……, ngày … tháng … năm …") && text.contains("- Lưu: VT, …….")
                && !text.contains("null"), text);
    }

    @Test
    void theFormTakesTheSymbolWithOrWithoutItsTypeAndDropsEmptyRecipients() {
        assertEquals("SKHCN", new ReportForm("", "", "bc-SKHCN", "", List.of(), "", "", "", "").symbol());
        assertEquals("SKHCN", new ReportForm("", "", " SKHCN ", "", List.of(), "", "", "", "").symbol());
        assertEquals(List.of("UBND tỉnh"), new ReportForm(null, null, null, null, java.util.Arrays.asList(" UBND tỉnh ", " ", null), null, null, null, null)
                .recipients());
    }

    @Test
    void theDocxHoldsTheSameTextAndOpensAsOfficeOpenXml() throws Exception {
        byte[] docx = FormalReports.docx(reports, FORM, HEADING, VI);
        Map<String, byte[]> parts = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                parts.put(e.getName(), zip.readAllBytes());
            }
        }
        assertTrue(parts.keySet().containsAll(List.of("[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/styles.xml")), parts.keySet().toString());
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        for (byte[] xml : parts.values()) {
            factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml)); // every part is well-formed XML
        }
        org.w3c.dom.Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(parts.get("word/document.xml")));
        NodeList texts = document.getElementsByTagNameNS("http://schemas.openxmlformats.org/wordprocessingml/2006/main", "t");
        List<String> words = new ArrayList<>();
        for (int i = 0; i < texts.getLength(); i++) {
            words.add(texts.item(i).getTextContent());
        }
        String text = String.join("", words);
        for (String part : List.of("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: …/BC-SVHTTDL", "BÁO CÁO", "Nơi nhận:", "- Lưu: VT, QLVH.", "Nguyễn Thị Hường")) {
            assertTrue(text.contains(part), part + " in " + text);
        }
        String xml = new String(parts.get("word/document.xml"), StandardCharsets.UTF_8);
        assertTrue(xml.contains("w:w=\"11906\" w:h=\"16838\"") && xml.contains("w:left=\"1701\""), "A4 with a 30 mm left margin");
        assertArrayEquals(docx, FormalReports.docx(reports, FORM, HEADING, VI), "the same report gives the same bytes");
    }
}
