package dev.congkit.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * FRESHNESS is read from content, not from the page telling the time: a clock in the header and a
 * "Hôm nay: …" line show today's date on a page whose newest news is months old.
 */
class FreshnessVerdictTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"clock.html, warning", "recent.html, pass"})
    void freshnessIsTheNewestContent(String page, String status) {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("freshness").resolve(page));
        assertEquals(status, Audits.statuses(report).get("FRESHNESS"), () -> page + ": " + Audits.finding(report, "FRESHNESS"));
    }
}
