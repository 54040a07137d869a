package dev.congkit.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * BANNER-EXPIRY and BANNER-NO-DUP judge banners: a news item's thumbnail (in a news block, beside its
 * headline or its date) is neither an expired banner nor a duplicate when it shows in three news
 * blocks, nor when its block is a portal's web part whose lead item has a short headline beside its
 * picture, or a "hot news" slider; a campaign banner of 2020 and the same banner twice in the banner
 * column are.
 */
class BannerNewsVerdictTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"thumbnails.html, BANNER-EXPIRY, pass", "thumbnails.html, BANNER-NO-DUP, pass",
            "portal-blocks.html, BANNER-NO-DUP, pass",
            "real-banners.html, BANNER-EXPIRY, warning", "real-banners.html, BANNER-NO-DUP, warning"})
    void newsThumbnailsAreNotBanners(String page, String requirement, String status) {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("banner-news").resolve(page));
        assertEquals(status, Audits.statuses(report).get(requirement), () -> page + ": " + Audits.finding(report, requirement));
    }
}
