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
    /** Judged only in browser mode. */
    private static final Set<String> NEEDS_A_BROWSER = Set.of("PERFORMANCE");

    @Test
    void theDemoPassesItsOwnAudit() {
        SiteReport report = new Auditor(AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023")).audit(demo.url("/"));
        assertTrue(report.reachable(), report.notes().toString());
        assertTrue(report.notes().isEmpty(), "no broken link, no judge error: " + report.notes());
        for (AuditFinding finding : report.findings()) {
            Status expected = NOT_ABOUT_PAGES.contains(finding.requirement()) ? Status.NOT_APPLICABLE
                    : NEEDS_A_BROWSER.contains(finding.requirement()) ? Status.CANNOT_JUDGE : Status.PASS;
            assertEquals(expected, finding.status(), finding.requirement() + ": " + finding.message());
            assertFalse(finding.message().isBlank(), finding.requirement());
        }
        assertEquals(NOT_ABOUT_PAGES, report.findings().stream().filter(f -> f.status() == Status.NOT_APPLICABLE)
                .map(AuditFinding::requirement).collect(Collectors.toSet()));
        assertEquals(1.0, report.score().orElseThrow());
        assertFalse(report.failsError());
        assertTrue(report.pages().size() >= 20, "the crawl reaches the demo's pages: " + report.pages().size());
    }

    /** Rendered in Chromium: the feedback banner where Phụ lục 2 puts it, the page at 320 px, timings, axe-core. */
    @Test
    void theDemoPassesItsOwnAuditInBrowserModeToo() {
        java.util.Optional<java.nio.file.Path> chromium = AuditOptions.installedBrowser();
        if (chromium.isEmpty() && System.getenv("CI") != null) {
            throw new IllegalStateException("CI needs Chromium for browser mode (apt-get install chromium)");
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(chromium.isPresent(), "Chromium is not installed");
        java.nio.file.Path axe = java.nio.file.Path.of("../.build/node_modules/axe-core/axe.min.js");
        try (Auditor auditor = new Auditor(AuditOptions.defaults().withRuleSet("thanhhoa-camthuy-2023").withMaxPages(10)
                .withBrowser(chromium.get()).withAxe(java.nio.file.Files.isRegularFile(axe) ? axe : null))) {
            SiteReport report = auditor.audit(demo.url("/"));
            assertTrue(report.notes().isEmpty(), "nothing refused or failed in the browser: " + report.notes());
            for (String id : java.util.List.of("BANNER-FEEDBACK", "MENU-MAIN", "MENU-TOP", "MULTI-DEVICE", "PERFORMANCE", "A11Y", "NO-MOTION")) {
                AuditFinding finding = report.findings().stream().filter(f -> f.requirement().equals(id)).findFirst().orElseThrow();
                assertEquals(Status.PASS, finding.status(), id + ": " + finding.message());
            }
            assertEquals(1, report.screenshots().size());
        }
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
