package dev.congkit.widgets.footer;

import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.CheckRunner;
import dev.congkit.core.check.Finding;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** FOOTER-RESPONSIBLE, CONTACT-AGENCY, CONTACT-ENGLISH. */
class FooterWidgetTest {

    private static SiteConfig site() {
        return TestSites.minimal().withSection("footer", new Footer(null, null, null, null,
                new ResponsiblePerson("Nguyễn Thị Hường", "Phó Chủ tịch UBND xã", "Vice Chairwoman"), null, null, null, null, null));
    }

    private static Document render(SiteConfig site, Locale locale) {
        RenderContext context = RenderContext.of(site).withLocale(locale).withClock(TestSites.MONDAY_23_11_2026);
        return HtmlSafety.assertSafe("footer", Fixture.RENDERER.render("footer", context));
    }

    @Test
    void showsEveryResponsibilityFact() {
        Document doc = render(site(), RenderContext.VIETNAMESE);
        assertEquals(1, doc.select("footer.ck-footer").size());
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", doc.select("dt:containsOwn(Cơ quan chủ quản) + dd").text());
        assertEquals("Thôn Trung Tâm, xã Mẫu Sơn, tỉnh Thanh Hóa", doc.select("dt:containsOwn(Địa chỉ) + dd").text());
        assertEquals("tel:+842373123456", doc.select("dt:containsOwn(Điện thoại) + dd a").attr("href"));
        assertEquals("mailto:ubndmauson@thanhhoa.gov.vn", doc.select("dt:containsOwn(Thư điện tử) + dd a").attr("href"));
        assertEquals("Nguyễn Thị Hường, Phó Chủ tịch UBND xã", doc.select("dt:containsOwn(Người chịu trách nhiệm) + dd").text());
        assertEquals(List.of("/so-do-trang", "/lien-he-gop-y"), doc.select(".ck-footer__links a").eachAttr("href"));
        assertTrue(doc.select(".ck-footer__notice").text().startsWith("Ghi rõ nguồn “Trang thông tin điện tử UBND xã Mẫu Sơn”"));
        assertEquals(0, doc.select("dt:containsOwn(Fax)").size(), "no empty fax line");
    }

    @Test
    void rendersInEnglish() {
        Document doc = render(site(), Locale.ENGLISH);
        assertEquals("en", doc.select("footer").attr("lang"));
        assertEquals("Nguyễn Thị Hường, Vice Chairwoman", doc.select("dt:containsOwn(Responsible for content) + dd").text());
        assertEquals("Mau Son Commune People's Committee", doc.select(".ck-footer__name").text());
    }

    @Test
    void emitsGovernmentOrganizationJsonLd() throws Exception {
        Document doc = render(site(), RenderContext.VIETNAMESE);
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(doc.select("script[type=application/ld+json]").html());
        assertEquals("GovernmentOrganization", json.get("@type").asText());
        assertEquals("+842373123456", json.get("telephone").asText());
        assertEquals("Ủy ban nhân dân tỉnh Thanh Hóa", json.at("/parentOrganization/name").asText());
    }

    @Test
    void missingResponsiblePersonIsALoadError() {
        String json = TestSites.minimalJson().replaceFirst("\\{", "{\"footer\": {\"owner\": \"UBND xã Mẫu Sơn\"},");
        ConfigException e = assertThrows(ConfigException.class,
                () -> Fixture.LOADER.load("site.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals("site.json: footer.responsiblePerson: is required", e.getMessage());
    }

    @Test
    void missingFooterSectionFailsTheCheck() {
        var context = new CheckContext(TestSites.MONDAY_23_11_2026, RuleSets.builtIn().effective(null, LocalDate.of(2026, 11, 23)), null);
        List<Finding> findings = CheckRunner.discover().run(TestSites.minimal(), context).stream()
                .filter(f -> f.requirementId().equals("FOOTER-RESPONSIBLE")).toList();
        assertEquals(List.of("error [FOOTER-RESPONSIBLE] site.json: footer.responsiblePerson: is required: the footer must name "
                + "the person responsible for the content and their title"), findings.stream().map(f -> f.format("site.json")).toList());
        assertEquals(List.of(), CheckRunner.discover().run(site(), context).stream()
                .filter(f -> f.requirementId().equals("FOOTER-RESPONSIBLE")).toList());
    }
}
