package dev.congkit.widgets.maintenance;

import dev.congkit.core.TestSites;
import dev.congkit.core.check.CheckContext;
import dev.congkit.core.check.CheckRunner;
import dev.congkit.core.check.Finding;
import dev.congkit.core.model.PhoneNumber;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.model.ValidationException;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.rules.RuleSets;
import dev.congkit.widgets.Fixture;
import dev.congkit.widgets.HtmlSafety;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MAINTENANCE-NOTICE: shown from its announcement to the expected restoration, announced seven working days ahead. */
class MaintenanceTest {

    private static SiteConfig site(LocalDate announced, LocalDateTime from, LocalDateTime until) {
        MaintenanceWindow window = MaintenanceWindow.builder(announced, from, until).reason("nâng cấp máy chủ")
                .phone(PhoneNumber.of("0237 3 123 456")).build();
        return SiteConfig.builder(TestSites.mauSon()).section(Maintenance.SECTION, new Maintenance(List.of(window))).build();
    }

    private static String render(SiteConfig site, LocalDateTime at) {
        Clock clock = Clock.fixed(at.atZone(RenderContext.VIETNAM).toInstant(), RenderContext.VIETNAM);
        return Fixture.RENDERER.render(MaintenanceNoticeWidget.ID, RenderContext.of(site).withClock(clock));
    }

    @Test
    void theNoticeIsShownFromItsAnnouncementUntilThePortalIsBack() {
        SiteConfig site = site(LocalDate.of(2026, 12, 1), LocalDateTime.of(2026, 12, 12, 22, 0), LocalDateTime.of(2026, 12, 13, 6, 0));
        assertEquals("", render(site, LocalDateTime.of(2026, 11, 30, 23, 59)), "not before it is announced");
        Document shown = HtmlSafety.assertSafe("maintenance-notice", render(site, LocalDateTime.of(2026, 12, 1, 8, 0)));
        assertEquals("2026-12-12T22:00", shown.select("time").get(0).attr("datetime"));
        assertEquals("06:00 ngày 13/12/2026", shown.select("time").get(1).text());
        assertEquals("tel:+842373123456", shown.select("a[href^=tel:]").attr("href"));
        assertTrue(shown.text().contains("dự kiến khôi phục"), shown.text());
        assertTrue(!render(site, LocalDateTime.of(2026, 12, 13, 5, 59)).isEmpty(), "during the suspension");
        assertEquals("", render(site, LocalDateTime.of(2026, 12, 13, 6, 0)), "gone once the portal is back");
    }

    private static List<Finding> findings(SiteConfig site) {
        return CheckRunner.discover().run(site, new CheckContext(Clock.fixed(java.time.Instant.parse("2026-12-01T03:00:00Z"), RenderContext.VIETNAM),
                RuleSets.builtIn().effective(null, LocalDate.of(2026, 12, 1)), null)).stream()
                .filter(f -> f.requirementId().equals("MAINTENANCE-NOTICE")).toList();
    }

    @Test
    void checkRefusesANoticeAnnouncedFewerThanSevenWorkingDaysAhead() {
        List<Finding> five = findings(site(LocalDate.of(2026, 12, 1), LocalDateTime.of(2026, 12, 8, 22, 0), LocalDateTime.of(2026, 12, 9, 6, 0)));
        assertEquals(1, five.size());
        assertEquals("maintenance.windows[0].announced", five.get(0).path());
        assertEquals(dev.congkit.core.check.Severity.ERROR, five.get(0).severity());
        assertEquals("was 01/12/2026, 5 working days before the suspension of 08/12/2026; announce it at least 7 working days ahead, "
                + "or move the suspension", five.get(0).message());
        assertEquals(List.of(), findings(site(LocalDate.of(2026, 12, 1), LocalDateTime.of(2026, 12, 10, 22, 0), LocalDateTime.of(2026, 12, 11, 6, 0))),
                "seven working days: Tuesday 1 to Thursday 10");
        // 30/4 and 1/5 are holidays: from Monday 27/4 to Wednesday 6/5 there are only six working days
        assertEquals(1, findings(site(LocalDate.of(2026, 4, 27), LocalDateTime.of(2026, 5, 6, 22, 0), LocalDateTime.of(2026, 5, 7, 6, 0))).size());
    }

    @Test
    void aWindowNeedsAWayToReachTheCommuneAndAnEndAfterItsStart() {
        ValidationException noContact = assertThrows(ValidationException.class, () -> MaintenanceWindow.builder(LocalDate.of(2026, 12, 1),
                LocalDateTime.of(2026, 12, 12, 22, 0), LocalDateTime.of(2026, 12, 13, 6, 0)).build());
        assertTrue(noContact.getMessage().contains("phone: is required when there is no email or link"), noContact.getMessage());
        ValidationException backwards = assertThrows(ValidationException.class, () -> MaintenanceWindow.builder(LocalDate.of(2026, 12, 1),
                LocalDateTime.of(2026, 12, 12, 22, 0), LocalDateTime.of(2026, 12, 12, 21, 0)).phone(PhoneNumber.of("0237 3 123 456")).build());
        assertTrue(backwards.getMessage().contains("until: must be after from"), backwards.getMessage());
    }
}
