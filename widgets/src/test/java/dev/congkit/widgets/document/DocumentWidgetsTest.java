package dev.congkit.widgets.document;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.CheckRunner;
import dev.congkit.core.check.Finding;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DOCS-LIST, FRESHNESS: the documents' table, page, feed and checks. */
class DocumentWidgetsTest {

    private static final Clock TODAY = Clock.fixed(java.time.Instant.parse("2026-11-23T03:00:00Z"), RenderContext.VIETNAM);

    private static OfficialDocument document(DocumentType type, String number, LocalDate issued, String summary) {
        return OfficialDocument.builder(type, number, issued, "UBND xã Mẫu Sơn").summary(summary).field("Đất đai")
                .files(List.of(new Attachment("Văn bản " + number, WebLink.of("/files/" + number.replace('/', '-') + ".pdf"), 245_760L, null)))
                .build();
    }

    /** 45 documents over two years: every third a decision, the rest plans and notices. */
    static SiteConfig site() {
        List<OfficialDocument> items = new ArrayList<>();
        for (int i = 1; i <= 45; i++) {
            LocalDate issued = LocalDate.of(2026, 11, 20).minusDays(15L * i);
            DocumentType type = i % 3 == 0 ? DocumentType.QUYET_DINH : i % 3 == 1 ? DocumentType.KE_HOACH : DocumentType.THONG_BAO;
            items.add(document(type, i + "/" + type.abbreviation() + "-UBND", issued, "Về việc triển khai nhiệm vụ số " + i));
        }
        items.add(document(DocumentType.QUYET_DINH, "01/2026/QĐ-UBND", LocalDate.of(2026, 3, 2),
                "Ban hành quy định quản lý đường giao thông nông thôn trên địa bàn xã"));
        return SiteConfig.builder(TestSites.mauSon()).section(Documents.SECTION, Documents.builder()
                .provinceUrl(WebLink.of("https://vbpl.thanhhoa.gov.vn/")).items(items).build()).build();
    }

    private static Document list(Map<String, String> params) {
        RenderContext context = RenderContext.of(site()).withClock(TODAY).withPath("/van-ban/xa").withParams(params);
        return HtmlSafety.assertSafe("document-list", Fixture.RENDERER.render(DocumentListWidget.ID, context));
    }

    @Test
    void firstPageShowsTheNewestTwentyAndLinksTheNextPage() {
        Document page = list(Map.of());
        assertEquals(20, page.select("tbody tr").size());
        assertEquals("1/KH-UBND", page.select("tbody th[scope=row] a").first().text());
        assertEquals("/van-ban/xa/1-kh-ubnd-2026", page.select("tbody th[scope=row] a").first().attr("href"));
        assertEquals("/van-ban/xa?trang=2", page.select("a[rel=next]").attr("href"));
        assertTrue(page.select("a[rel=prev]").isEmpty());
        assertEquals("Có 46 văn bản.", page.select(".ck-documents__count").text());
        assertEquals("05/11/2026", page.select("tbody tr").get(0).select("time").text());
        assertEquals("2026-11-05", page.select("tbody tr").get(0).select("time").attr("datetime"));
        assertEquals("(PDF, 240 KB)", page.select(".ck-documents__file").first().ownText());
        Document third = list(Map.of("trang", "3"));
        assertEquals(6, third.select("tbody tr").size());
        assertEquals("/van-ban/xa?trang=2", third.select("a[rel=prev]").attr("href"));
        assertEquals("3", third.select("a[aria-current=page]").text().replace("Trang ", ""));
    }

    @Test
    void filtersAndSearchIgnoreDiacriticsAndKeepTheirValuesInThePageLinks() {
        Document decisions = list(Map.of("loai", "quyet-dinh", "nam", "2026"));
        assertTrue(decisions.select("tbody th[scope=row] a").eachText().stream().allMatch(n -> n.contains("QĐ")));
        assertEquals("quyet-dinh", decisions.select("select[name=loai] option[selected]").val());
        assertEquals(List.of("01/2026/QĐ-UBND"), list(Map.of("q", "giao thong nong thon")).select("tbody th a").eachText());
        assertEquals(List.of("01/2026/QĐ-UBND"), list(Map.of("q", Normalizer.normalize("đường giao thông", Normalizer.Form.NFD)))
                .select("tbody th a").eachText());
        assertEquals(List.of("01/2026/QĐ-UBND"), list(Map.of("q", "01/2026/QĐ")).select("tbody th a").eachText());
        Document twoWords = list(Map.of("q", "nhiệm vụ", "loai", "ke-hoach"));
        assertEquals("Tìm thấy 15 văn bản.", twoWords.select(".ck-documents__count").text());
        assertFalse(twoWords.select("a[href=/van-ban/xa]").isEmpty(), "a link clears the filters");
        Document plans = list(Map.of("loai", "ke-hoach", "linh-vuc", "dat-dai", "co-quan", "ubnd-xa-mau-son"));
        assertEquals("Tìm thấy 15 văn bản.", plans.select(".ck-documents__count").text());
        assertEquals("Tìm thấy 0 văn bản.", list(Map.of("q", "không có văn bản này")).select(".ck-documents__count").text());
        assertEquals("Có 46 văn bản.", list(Map.of("loai", "khong-co", "nam", "abc")).select(".ck-documents__count").text(),
                "values that name nothing are ignored");
        Document secondOfMany = list(Map.of("q", "nhiệm vụ", "trang", "2"));
        assertEquals("/van-ban/xa?q=nhi%E1%BB%87m+v%E1%BB%A5&trang=3", secondOfMany.select("a[rel=next]").attr("href"));
    }

    @Test
    void theFormWorksWithoutScript() {
        Document page = list(Map.of());
        assertEquals("get", page.select("form").attr("method"));
        assertEquals("/van-ban/xa", page.select("form").attr("action"));
        for (var control : page.select("form input:not([type=hidden]), form select")) {
            assertEquals(1, page.select("label[for=" + control.id() + "]").size(), control.id());
        }
        assertTrue(page.select("script").isEmpty());
    }

    @Test
    void documentPageShowsTheFactsAndJsonLd() throws Exception {
        RenderContext context = RenderContext.of(site()).withClock(TODAY).withParam(DocumentWidget.SLUG_PARAM, "01-2026-qd-ubnd");
        String html = Fixture.RENDERER.render(DocumentWidget.ID, context);
        Document page = HtmlSafety.assertSafe("document", html);
        assertEquals("Quyết định số 01/2026/QĐ-UBND", page.select("h1").text());
        assertEquals("02/03/2026", page.select("dt:containsOwn(Ngày ban hành) + dd").text());
        assertEquals("Còn hiệu lực", page.select("dt:containsOwn(Tình trạng hiệu lực) + dd").text());
        assertEquals("Ban hành quy định quản lý đường giao thông nông thôn trên địa bàn xã", page.select(".ck-document__summary").text());
        JsonNode data = new ObjectMapper().readTree(page.select("script[type=application/ld+json]").html());
        assertEquals("Legislation", data.path("@type").asText());
        assertEquals("01/2026/QĐ-UBND", data.path("legislationIdentifier").asText());
        assertEquals("https://mauson.thanhhoa.gov.vn/van-ban/xa/01-2026-qd-ubnd", data.path("url").asText());
        assertEquals("application/pdf", data.path("encoding").get(0).path("encodingFormat").asText());
        assertEquals("", Fixture.RENDERER.render(DocumentWidget.ID, context.withParam(DocumentWidget.SLUG_PARAM, "khong-co")));
        String notice = Fixture.RENDERER.render(DocumentWidget.ID, context.withParam(DocumentWidget.SLUG_PARAM, "1-kh-ubnd-2026"));
        assertTrue(notice.contains("\"@type\":\"DigitalDocument\""), notice);
    }

    @Test
    void atomFeedIsValidForARealParser() throws Exception {
        RenderContext context = RenderContext.of(site()).withClock(TODAY);
        String atom = DocumentFeed.atom(context, Fixture.RENDERER.labels(DocumentListWidget.ID, RenderContext.VIETNAMESE));
        SyndFeed feed = new SyndFeedInput().build(new StringReader(atom));
        assertEquals("atom_1.0", feed.getFeedType());
        assertEquals(46, feed.getEntries().size(), "every document, up to " + DocumentFeed.ENTRIES);
        SyndEntry first = feed.getEntries().get(0);
        assertEquals("Kế hoạch 1/KH-UBND: Về việc triển khai nhiệm vụ số 1", first.getTitle());
        assertEquals("https://mauson.thanhhoa.gov.vn/van-ban/xa/1-kh-ubnd-2026", first.getLink());
        assertEquals("https://mauson.thanhhoa.gov.vn/files/1-KH-UBND.pdf", first.getEnclosures().get(0).getUrl());
        assertEquals("application/pdf", first.getEnclosures().get(0).getType());
        assertEquals(java.time.Instant.parse("2026-11-04T17:00:00Z"), first.getUpdatedDate().toInstant());
        assertTrue(atom.contains("<link rel=\"self\" href=\"https://mauson.thanhhoa.gov.vn/van-ban/xa.atom\""), atom);
    }

    @Test
    void numbersAndSymbolsFollowTheStandardForm() {
        for (String good : List.of("05/QĐ-UBND", "45/UBND-VP", "01/2026/QĐ-UBND", "15-NQ/ĐU", "12/KH-MTTQ-BTT", "03/TTr-UBND", "120/BC-UBND")) {
            assertEquals(java.util.Optional.empty(), DocumentNumber.problem(good), good);
        }
        for (String bad : List.of("QĐ 05", "05/qđ-ubnd", "05 / QĐ-UBND", "05-QĐ-UBND", "số 05/QĐ-UBND")) {
            assertTrue(DocumentNumber.problem(bad).orElseThrow().en().startsWith("must be a number and symbol such as"), bad);
        }
        assertTrue(DocumentNumber.problem("05/Q\u00D0-UBND").orElseThrow().vi().contains("U+00D0"));
        assertEquals(java.util.Optional.of("QĐ"), DocumentNumber.typeAbbreviation("01/2026/QĐ-UBND"));
        assertEquals(java.util.Optional.empty(), DocumentNumber.typeAbbreviation("45/UBND-VP"));
        assertEquals(java.util.Optional.of("NQ"), DocumentNumber.typeAbbreviation("15-NQ/ĐU"));
    }

    @Test
    void checkFlagsBadNumbersMissingSummaryOrFileAndStaleTypes() {
        OfficialDocument eth = document(DocumentType.QUYET_DINH, "05/Q\u00D0-UBND", LocalDate.of(2026, 11, 2), "Về việc A");
        OfficialDocument bare = OfficialDocument.builder(DocumentType.THONG_BAO, "12/TB-UBND", LocalDate.of(2026, 11, 3), "UBND xã").build();
        OfficialDocument wrongType = document(DocumentType.KE_HOACH, "07/QĐ-UBND", LocalDate.of(2026, 11, 4), "Về việc B");
        OfficialDocument old = document(DocumentType.BAO_CAO, "30/BC-UBND", LocalDate.of(2026, 5, 4), "Báo cáo quý I");
        SiteConfig site = SiteConfig.builder(TestSites.mauSon()).ruleSet("thanhhoa-camthuy-2023")
                .section(Documents.SECTION, Documents.builder().items(List.of(eth, bare, wrongType, old)).build()).build();
        List<String> found = CheckRunner.discover().run(site, new CheckContext(TODAY,
                dev.congkit.core.rules.RuleSets.builtIn().effective("thanhhoa-camthuy-2023", LocalDate.of(2026, 11, 23)), null)).stream()
                .filter(f -> f.path().startsWith("documents")).map(f -> f.severity() + " " + f.requirementId() + " " + f.path()).toList();
        assertEquals(List.of("ERROR DOCS-LIST documents.items[0].number", "ERROR DOCS-LIST documents.items[1].summary",
                "ERROR DOCS-LIST documents.items[1].files", "ERROR DOCS-LIST documents.items[2].type",
                "WARNING FRESHNESS documents.items[3].published"), found);
    }

    @Test
    void slugsHoldTheYearAndMustBeUnique() {
        assertEquals("05-qd-ubnd-2026", document(DocumentType.QUYET_DINH, "05/QĐ-UBND", LocalDate.of(2026, 1, 5), "x").slug());
        assertEquals("01-2026-qd-ubnd", document(DocumentType.QUYET_DINH, "01/2026/QĐ-UBND", LocalDate.of(2026, 1, 5), "x").slug());
        var e = org.junit.jupiter.api.Assertions.assertThrows(dev.congkit.core.model.ValidationException.class, () -> Documents.builder()
                .items(List.of(document(DocumentType.QUYET_DINH, "05/QĐ-UBND", LocalDate.of(2026, 1, 5), "x"),
                        document(DocumentType.QUYET_DINH, "05/QĐ-UBND", LocalDate.of(2026, 2, 5), "y"))).build());
        assertTrue(e.getMessage().contains("items[1].slug: must be unique, but '05-qd-ubnd-2026' is taken"), e.getMessage());
    }
}
