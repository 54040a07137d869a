package dev.congkit.widgets.language;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import dev.congkit.widgets.header.Header;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** CONTACT-ENGLISH: the same page in the other language, named in itself, inside the header when asked. */
class LanguageSwitcherTest {

    @Test
    void bothLanguagesLinkTheSamePageAndTheCurrentOneIsMarked() {
        RenderContext page = RenderContext.of(TestSites.minimal()).withPath("/lien-he");
        Document vi = HtmlSafety.assertSafe("language-switcher", Fixture.RENDERER.render(LanguageSwitcherWidget.ID, page));
        assertEquals("Ngôn ngữ", vi.select("nav").attr("aria-label"));
        assertEquals(List.of("/lien-he", "/lien-he?lang=en"), vi.select("a").eachAttr("href"));
        assertEquals(List.of("vi", "en"), vi.select("a").eachAttr("hreflang"));
        assertEquals(List.of("vi", "en"), vi.select("a").eachAttr("lang"));
        assertEquals("Tiếng Việt", vi.select("a[aria-current=true]").text());
        Document en = HtmlSafety.assertSafe("language-switcher", Fixture.RENDERER.render(LanguageSwitcherWidget.ID, page.withLocale(Locale.ENGLISH)));
        assertEquals("English", en.select("a[aria-current=true]").text());
        assertEquals("Language", en.select("nav").attr("aria-label"));
    }

    @Test
    void theHeaderCarriesItWhenAsked() {
        SiteConfig site = TestSites.minimal().withSection(Header.SECTION, Header.builder().languageSwitcher(true).build());
        Document header = HtmlSafety.assertSafe("header", Fixture.RENDERER.render("header", RenderContext.of(site).withPath("/danh-ba")));
        assertEquals(List.of("/danh-ba", "/danh-ba?lang=en"), header.select("header nav.ck-languages a").eachAttr("href"));
        assertTrue(Fixture.RENDERER.render("header", RenderContext.of(TestSites.minimal())).indexOf("ck-languages") < 0, "off by default");
    }

    @Test
    void aHostilePathNeverLinksOffTheSite() {
        for (String hostile : List.of("//evil.example/x", "/\\evil.example", "/\"><script>alert(1)</script>")) {
            Document doc = HtmlSafety.assertSafe("language-switcher", Fixture.RENDERER.render(LanguageSwitcherWidget.ID,
                    RenderContext.of(TestSites.minimal()).withPath(hostile)));
            doc.select("a").eachAttr("href").forEach(href -> assertTrue(href.startsWith("/") && !href.startsWith("//"), href));
            doc.select("a").eachAttr("href").forEach(href -> assertTrue(href.matches("[A-Za-z0-9\\-._~/!$&'()*+,;=:@%?]+"), "well-formed: " + href));
        }
        assertEquals("/gi%E1%BB%9Bi-thi%E1%BB%87u", Fixture.RENDERER.render(LanguageSwitcherWidget.ID,
                RenderContext.of(TestSites.minimal()).withPath("/giới-thiệu")).replaceAll("(?s).*?href=\"([^\"]*)\".*", "$1"));
    }
}
