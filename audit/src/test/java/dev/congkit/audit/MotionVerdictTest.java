package dev.congkit.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * NO-MOTION judges what moves: a marquee script loaded beside an empty marquee moves nothing; a news
 * ticker with two items does.
 */
class MotionVerdictTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"script-only.html, pass", "ticker.html, fail"})
    void motionIsContentThatMoves(String page, String status) {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("motion").resolve(page));
        assertEquals(status, Audits.statuses(report).get("NO-MOTION"), () -> page + ": " + Audits.finding(report, "NO-MOTION"));
    }
}
