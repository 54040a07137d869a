package dev.congkit.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * SEARCH is found as a person finds it: a box whose only words are in its placeholder or title,
 * English or Vietnamese, or a form sent by a "Search" button (an icon's alt text); a login form with
 * the word "tìm" elsewhere on the page is no search box.
 */
class SearchVerdictTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
        "placeholder-only.html, pass",
        "english-button.html, pass",
        "english-title.html, pass",
        "login-only.html, warning"})
    void searchIsJudgedFromWhatAPersonReads(String page, String status) {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("search").resolve(page));
        assertEquals(status, Audits.statuses(report).get("SEARCH"), () -> page + ": " + Audits.finding(report, "SEARCH"));
    }
}
