package dev.congkit.widgets.figure;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** NEWS-CAPTION and IMAGE-ALT. */
class FigureWidgetTest {

    private static final SiteConfig DIRECTIVE = new SiteConfig("thanhhoa-camthuy-2023", null, TestSites.mauSon(), List.of(), Map.of(), null, Map.of());

    private static String render(SiteConfig site, Map<String, String> params) {
        return Fixture.RENDERER.render("figure", RenderContext.of(site).withClock(TestSites.MONDAY_23_11_2026).withParams(params));
    }

    @Test
    void rendersACaptionedResponsiveFigure() {
        Document doc = HtmlSafety.assertSafe("figure", render(DIRECTIVE, Map.of("src", "/a.jpg", "alt", "Hội nghị", "caption", "Ảnh: UBND xã",
                "width", "1200", "height", "800", "srcset", "/a-320.jpg 320w, /a.jpg 1200w", "sizes", "100vw")));
        assertEquals("Ảnh: UBND xã", doc.select("figure > figcaption").text());
        assertEquals("1200", doc.select("img").attr("width"));
        assertEquals("lazy", doc.select("img").attr("loading"));
        assertEquals("/a-320.jpg 320w, /a.jpg 1200w", doc.select("img").attr("srcset"));
    }

    @Test
    void theDirectiveRequiresACaptionAndEveryImageAnAlt() {
        IllegalArgumentException noCaption = assertThrows(IllegalArgumentException.class, () -> render(DIRECTIVE, Map.of("src", "/a.jpg", "alt", "A")));
        assertEquals("figure: caption: is required by the site's rule set (NEWS-CAPTION: images in articles carry a caption)", noCaption.getMessage());
        assertEquals("", HtmlSafety.assertSafe("figure", render(TestSites.minimal(), Map.of("src", "/a.jpg", "decorative", "true"))).select("img").attr("alt"));
        IllegalArgumentException noAlt = assertThrows(IllegalArgumentException.class, () -> render(TestSites.minimal(), Map.of("src", "/a.jpg")));
        assertEquals("figure: alt: is required unless the image is decorative", noAlt.getMessage());
        IllegalArgumentException script = assertThrows(IllegalArgumentException.class,
                () -> render(TestSites.minimal(), Map.of("src", "javascript:alert(1)", "alt", "x")));
        assertEquals("figure: src: must be an https, http, mailto or tel URL or a site-relative path, but was 'javascript:alert(1)'", script.getMessage());
        IllegalArgumentException srcset = assertThrows(IllegalArgumentException.class,
                () -> render(TestSites.minimal(), Map.of("src", "/a.jpg", "alt", "x", "srcset", "/a.jpg 320w, javascript:alert(1) 2x")));
        assertEquals("figure: srcset: must list image URLs with a width (640w) or density (2x), but had 'javascript:alert(1) 2x'", srcset.getMessage());
    }
}
