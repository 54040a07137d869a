package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CONTACT-GOV-EMAIL takes the state domains from the rule set's parameters: an address on
 * chinhphu.vn is the state's as one on gov.vn is; gmail.com, and a domain that only ends in the
 * letters "gov.vn", are not.
 */
class GovEmailVerdictTest {

    private static SiteReport audit(String page) {
        AuditOptions options = AuditOptions.defaults().withRuleSet("vn-nd224-2026").withDate(Audits.MONDAY).withLocale(Locale.forLanguageTag("vi"));
        return new Auditor(options).audit(Audits.PAGES.resolve("email").resolve(page).toString());
    }

    @Test
    void anAddressOnChinhphuVnIsOnAStateDomain() {
        SiteReport report = audit("chinhphu.html");
        assertEquals("pass", Audits.statuses(report).get("CONTACT-GOV-EMAIL"), report.findings().toString());
    }

    @Test
    void gmailAndALookAlikeAreNot() {
        SiteReport report = audit("gmail.html");
        assertEquals("warning", Audits.statuses(report).get("CONTACT-GOV-EMAIL"));
        String message = report.findings().stream().filter(f -> f.requirement().equals("CONTACT-GOV-EMAIL")).findFirst().orElseThrow().message();
        assertTrue(message.contains("ubndhoabinh@gmail.com") && message.contains("a@notgov.vn") && message.contains("chinhphu.vn"), message);
    }
}
