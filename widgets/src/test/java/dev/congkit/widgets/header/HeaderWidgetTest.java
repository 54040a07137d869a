package dev.congkit.widgets.header;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** HEADER-NAME, SEARCH, LANDMARKS, A11Y-SHORTCUTS. */
class HeaderWidgetTest {

    private static Document render(SiteConfig site, Locale locale) {
        return HtmlSafety.assertSafe("header", Fixture.RENDERER.render("header", RenderContext.of(site).withLocale(locale)));
    }

    @Test
    void fullNameAsTextEmblemWithAltSkipLinkAndSearch() {
        Document doc = render(TestSites.minimal(), RenderContext.VIETNAMESE);
        assertEquals("Ủy ban nhân dân xã Mẫu Sơn", doc.select("header .ck-header__name").text());
        assertEquals("Quốc huy", doc.select("header img.ck-header__logo").attr("alt"));
        assertEquals("#noi-dung", doc.select("header > a.ck-skip-link").attr("href"));
        assertEquals("/tim-kiem", doc.select("form[role=search]").attr("action"));
        assertEquals("get", doc.select("form[role=search]").attr("method"));
        assertEquals("ck-search-q", doc.select("label[for]").attr("for"));
        assertEquals("4", doc.select("#ck-search-q").attr("accesskey"));
    }

    @Test
    void searchTargetComesFromSectionOrSharedLinks() {
        SiteConfig withLink = new SiteConfig(null, null, TestSites.mauSon(), null, Map.of("search", WebLink.of("https://mauson.thanhhoa.gov.vn/search")), null, null);
        assertEquals("https://mauson.thanhhoa.gov.vn/search", render(withLink, RenderContext.VIETNAMESE).select("form").attr("action"));
        SiteConfig withSection = withLink.withSection("header", new Header(WebLink.of("/tra-cuu"), "tu-khoa", "main", null, null));
        Document doc = render(withSection, RenderContext.VIETNAMESE);
        assertEquals("/tra-cuu", doc.select("form").attr("action"));
        assertEquals("tu-khoa", doc.select("input").attr("name"));
        assertEquals("#main", doc.select("a.ck-skip-link").attr("href"));
    }

    @Test
    void englishShowsTheEnglishNameAndLabels() {
        Document doc = render(TestSites.minimal(), Locale.ENGLISH);
        assertEquals("Mau Son Commune People's Committee", doc.select(".ck-header__name").text());
        assertEquals("Skip to main content", doc.select(".ck-skip-link").text());
        assertEquals(0, doc.select(".ck-header__english").size());
    }
}
