package dev.congkit.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * NEWS-CAPTION judges a home page's news blocks too: an {@code article} with a heading and a figure is
 * article content, whose picture needs its caption; NEWS-COMPLETE still waits for an article page.
 */
class NewsCaptionVerdictTest {

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({"home-blocks.html, NEWS-CAPTION, warning", "home-blocks-captioned.html, NEWS-CAPTION, pass",
            "home-blocks.html, NEWS-COMPLETE, not-applicable"})
    void newsBlocksOnAHomePageAreArticleContent(String page, String requirement, String status) {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("news-caption").resolve(page));
        assertEquals(status, Audits.statuses(report).get(requirement), () -> page + ": " + Audits.finding(report, requirement));
    }
}
