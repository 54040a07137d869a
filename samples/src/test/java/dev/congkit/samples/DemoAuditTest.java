package dev.congkit.samples;

import dev.congkit.audit.AuditFinding;
import dev.congkit.audit.AuditOptions;
import dev.congkit.audit.Auditor;
import dev.congkit.audit.SiteReport;
import dev.congkit.audit.Status;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The demo portal, audited through its URL like any other portal, has no failing finding: every
 * requirement of its rule set a page can show passes, and the ones about hosting, process and the
 * report itself are not applicable, with the reason. Requirements: every ID of the preset.
 */
class DemoAuditTest extends DemoServer {

    private static final Set<String> NOT_ABOUT_PAGES = Set.of("MULTI-DEVICE", "DOMAIN", "MONITORING", "REPORT");

    @Test
    void theDemoPassesItsOwnAudit() {
        SiteReport report = new Auditor(AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023")).audit(demo.url("/"));
        assertTrue(report.reachable(), report.notes().toString());
        assertTrue(report.notes().isEmpty(), "no broken link, no judge error: " + report.notes());
        for (AuditFinding finding : report.findings()) {
            Status expected = NOT_ABOUT_PAGES.contains(finding.requirement()) ? Status.NOT_APPLICABLE : Status.PASS;
            assertEquals(expected, finding.status(), finding.requirement() + ": " + finding.message());
            assertFalse(finding.message().isBlank(), finding.requirement());
        }
        assertEquals(NOT_ABOUT_PAGES, report.findings().stream().filter(f -> f.status() == Status.NOT_APPLICABLE)
                .map(AuditFinding::requirement).collect(Collectors.toSet()));
        assertEquals(1.0, report.score().orElseThrow());
        assertFalse(report.failsError());
        assertTrue(report.pages().size() >= 20, "the crawl reaches the demo's pages: " + report.pages().size());
    }

    @Test
    void theEnglishPagesPassTooAndTheFindingsReadInEnglish() {
        SiteReport report = new Auditor(AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023").withLocale(Locale.ENGLISH)
                .withMaxPages(10)).audit(demo.url("/?lang=en"));
        assertTrue(report.reachable());
        AuditFinding footer = report.findings().stream().filter(f -> f.requirement().equals("FOOTER-RESPONSIBLE")).findFirst().orElseThrow();
        assertEquals(Status.PASS, footer.status(), footer.message());
        assertTrue(footer.message().startsWith("The footer gives"), footer.message());
    }
}
