package dev.congkit.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * CONTACT-ENGLISH finds an English version linked the ways portals link it with no word to read: a
 * flag picture (flag_uk.png) or a class (lang-en); "Enterprise" and an event banner are not one.
 */
class EnglishVersionVerdictTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"flag.html, pass", "class.html, pass", "none.html, warning"})
    void anEnglishVersionIsFoundByItsFlagOrClass(String page, String status) {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("english").resolve(page));
        assertEquals(status, Audits.statuses(report).get("CONTACT-ENGLISH"), () -> page + ": " + Audits.finding(report, "CONTACT-ENGLISH"));
    }
}
