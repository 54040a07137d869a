package dev.congkit.widgets.banner;

import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.config.ConfigException;
import dev.congkit.core.model.ImageRef;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.WebLink;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BANNER-FEEDBACK, FEEDBACK-FUNCTION, BANNER-EXPIRY, IMAGE-ALT, NO-MOTION. */
class BannerRulesTest {

    private static SiteConfig site(String ruleSet, Banner... banners) {
        return new SiteConfig(ruleSet, null, TestSites.mauSon(), List.of(), Map.of(), null, Map.of())
                .withSection(Banners.SECTION.name(), new Banners(List.of(banners)));
    }

    private static Banner banner(String key, BannerSlot slot, LocalDate from, LocalDate until, boolean permanent) {
        return new Banner(key, new ImageRef(WebLink.of("/b/" + key + ".jpg"), "Biểu ngữ " + key, null), WebLink.of("/" + key), slot,
                from, until, permanent, null, null, null);
    }

    private static List<String> findings(SiteConfig site, LocalDate day) {
        var context = new CheckContext(dev.congkit.widgets.menu.MenuFixturesAccess.on(day), RuleSets.builtIn().effective(site.ruleSet(), day), null);
        return new BannerCheck().check(site, context).stream().map(f -> f.format("site.json")).toList();
    }

    @Test
    void theDirectivesPresetGivesTheThanhHoaBannerInTheCentre() {
        Document doc = HtmlSafety.assertSafe("feedback", Fixture.RENDERER.render("feedback-banner", RenderContext.of(site("thanhhoa-camthuy-2023"))));
        assertEquals("https://phanhoi.thanhhoa.gov.vn/", doc.select("a.ck-feedback__banner").attr("href"));
        assertEquals("Hệ thống phản hồi Thanh Hóa", doc.select(".ck-feedback__title a").text());
        assertTrue(doc.select("img").attr("alt").startsWith("Hệ thống phản hồi Thanh Hóa"));
        assertEquals(List.of(), findings(site("thanhhoa-camthuy-2023"), LocalDate.of(2026, 11, 23)));
    }

    @Test
    void aWrongFeedbackSystemIsAnErrorUnderTheDirective() {
        SiteConfig other = site("thanhhoa-camthuy-2023").withSection(FeedbackBanner.SECTION.name(),
                new FeedbackBanner("da-nang", null, null, null, null, null, null, null, null));
        assertEquals(List.of("error [BANNER-FEEDBACK] site.json: feedbackBanner: must link https://phanhoi.thanhhoa.gov.vn/ as the rule set requires, "
                + "but links https://gopy.danang.gov.vn"), findings(other, LocalDate.of(2026, 11, 23)));
        assertEquals(List.of("warning [FEEDBACK-FUNCTION] site.json: feedbackBanner: is not configured: link a feedback system whose processing "
                + "people can follow (the province's, or the national public-service portal's)"), findings(site(null), LocalDate.of(2026, 11, 23)));
    }

    @Test
    void expiredBannersAreNeverShownAndAreListed() {
        SiteConfig site = site(null, banner("bau-cu", BannerSlot.RIGHT, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31), false),
                banner("ky-niem", BannerSlot.RIGHT, null, LocalDate.of(2015, 12, 31), false),
                banner("cds", BannerSlot.CENTRE, null, null, true));
        RenderContext context = RenderContext.of(site).withClock(dev.congkit.widgets.menu.MenuFixturesAccess.on(LocalDate.of(2026, 11, 23)))
                .withParam("slot", "right");
        Document doc = HtmlSafety.assertSafe("banners", Fixture.RENDERER.render("banners", context));
        assertEquals(List.of("/bau-cu"), doc.select("a").eachAttr("href"));
        assertEquals(0, doc.select("marquee, [class*=carousel], [class*=slider]").size(), "static, no motion");
        assertEquals("", Fixture.RENDERER.render("banners", context.withClock(dev.congkit.widgets.menu.MenuFixturesAccess.on(LocalDate.of(2027, 1, 1)))));
        assertTrue(findings(site, LocalDate.of(2026, 11, 23)).contains("warning [BANNER-EXPIRY] site.json: banners.items[1].validUntil: the banner "
                + "'ky-niem' (Biểu ngữ ky-niem) ended on 2015-12-31 and is no longer shown: change or remove it"));
    }

    @Test
    void campaignBannersMustEndAndLinkedOnesNeedAltText() {
        String json = TestSites.minimalJson().replaceFirst("\\{", "{\"banners\": {\"items\": ["
                + "{\"key\": \"a\", \"image\": {\"src\": \"/a.jpg\", \"alt\": \"A\"}, \"slot\": \"RIGHT\"},"
                + "{\"key\": \"b\", \"image\": {\"src\": \"/b.jpg\"}, \"slot\": \"LEFT\", \"permanent\": true},"
                + "{\"key\": \"c\", \"image\": {\"src\": \"/c.jpg\", \"decorative\": true}, \"link\": \"/c\", \"slot\": \"TOP\", \"permanent\": true}]},");
        ConfigException e = assertThrows(ConfigException.class, () -> Fixture.LOADER.load("site.json", json.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of(
                "site.json: banners.items[0].validUntil: is required unless the banner is marked \"permanent\": true (campaign banners must end, BANNER-EXPIRY)",
                "site.json: banners.items[1].image.alt: is required unless the image is marked \"decorative\": true",
                "site.json: banners.items[2].image.decorative: must not be true for a linked banner: its alt text is the link's name"),
                e.problems().stream().map(Object::toString).toList());
    }
}
