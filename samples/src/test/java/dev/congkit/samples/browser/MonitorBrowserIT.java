package dev.congkit.samples.browser;

import dev.congkit.audit.AuditOptions;
import dev.congkit.monitor.LoopbackPortals;
import dev.congkit.monitor.MonitorService;
import dev.congkit.monitor.MonitorStore;
import dev.congkit.monitor.SiteList;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The monitoring service in Chromium (MONITORING): twenty loopback portals (one down, one changing),
 * two runs; an officer logs in, sets a new password, and reads the overview (all twenty with scores,
 * the down one marked), the changed portal's page (its change), a requirement's page and the CSV
 * export; every page passes axe at 1280 and 320 px. Skipped with a message without Chromium and axe-core.
 */
class MonitorBrowserIT {

    private static final String PASSWORD = "mat-khau-quan-tri-1";

    @Test
    void anOfficerReadsTwoRunsOfTwentyPortals(@TempDir Path dir) throws Exception {
        boolean ready = Chromium.available() && Files.isRegularFile(AccessibilityIT.AXE);
        if (!ready) {
            System.err.println("\n*** SKIPPING the monitoring browser test: need /usr/bin/chromium and axe-core in .build ***\n");
        }
        Assumptions.assumeTrue(ready, "Chromium or axe-core is not installed");
        String axe = Files.readString(AccessibilityIT.AXE, StandardCharsets.UTF_8);
        java.util.logging.Logger.getLogger("org.apache").setLevel(java.util.logging.Level.WARNING);
        AuditOptions audit = AuditOptions.defaults().withRuleSet("vn-nd224-2026").withMaxPages(3).withMaxDepth(1).withTimeout(Duration.ofSeconds(5))
                .withSiteTimeout(Duration.ofSeconds(30)).withIgnoreRobots(true);
        MonitorService.Settings settings = MonitorService.Settings.defaults().withPort(0).withAudit(audit).withAdminPassword(PASSWORD);
        try (LoopbackPortals portals = new LoopbackPortals(20, 0);
             MonitorStore store = MonitorStore.embedded(dir.resolve("monitor"))) {
            store.replaceSites(SiteList.parse("xa-phuong.csv", portals.csv()));
            try (MonitorService service = MonitorService.start(store, settings, line -> { });
                 Chromium browser = Chromium.start()) {
                awaitRuns(store, 1);
                portals.changed.set(true);
                while (!service.runNow()) {
                    Thread.sleep(50);
                }
                awaitRuns(store, 2);
                String base = "http://127.0.0.1:" + service.port();
                browser.viewport(1280, 900);
                browser.open(base + "/dang-nhap");
                AccessibilityIT.assertAccessible(browser, axe, "the log-in page", 0);
                browser.type("ck-login-name", "admin");
                browser.type("ck-login-password", PASSWORD);
                browser.clickAndWait(".ck-feedback__form button[type=submit]");
                assertTrue(text(browser, "main").contains("lần đăng nhập đầu tiên"), text(browser, "main"));
                browser.type("ck-password-current", PASSWORD);
                browser.type("ck-password-next", "mat-khau-moi-cua-to-giam-sat");
                browser.clickAndWait(".ck-feedback__form button[type=submit]");

                assertEquals(20, browser.evaluate("document.querySelectorAll('.ck-monitor__table tbody tr').length", false).asInt());
                assertTrue(text(browser, "#ck-monitor-count").startsWith("20 đơn vị, 20 đã kiểm tra, 1 không truy cập được"));
                assertTrue(browser.evaluate("[...document.querySelectorAll('.ck-monitor__table tbody tr')].find(r => r.innerText.includes('Xã số "
                        + portals.down + "')).innerText", false).asText().contains("Không truy cập được"));
                assertEquals(19, browser.evaluate("[...document.querySelectorAll('.ck-monitor__table tbody tr td:nth-child(3)')]"
                        + ".filter(c => /\\d+ %/.test(c.innerText)).length", false).asInt(), "every reachable portal has its score");
                accessible(browser, axe, "the overview");

                browser.open(base + "/don-vi/" + (16500 + portals.changing));
                assertTrue(text(browser, ".ck-monitor__changes").contains("Chưa đạt → Đạt"), text(browser, ".ck-monitor__changes"));
                accessible(browser, axe, "the changed portal's page");
                browser.open(base + "/yeu-cau/SEARCH");
                accessible(browser, axe, "a requirement's page");
                for (String page : new String[] {"/bao-cao", "/danh-sach", "/can-bo"}) {
                    browser.open(base + page);
                    accessible(browser, axe, page);
                }

                String csv = browser.evaluate("fetch('/xuat/tong-hop.csv').then(r => r.text())", true).asText();
                assertEquals(21, csv.lines().count(), "a header and one row per portal");
            }
        }
    }

    private static void accessible(Chromium browser, String axe, String label) throws Exception {
        for (int width : new int[] {1280, 320}) {
            browser.viewport(width, 900);
            AccessibilityIT.assertAccessible(browser, axe, label + " @" + width + "px", 0);
        }
        browser.viewport(1280, 900);
    }

    private static String text(Chromium browser, String selector) throws Exception {
        return browser.evaluate("(document.querySelector('" + selector + "') || {innerText: ''}).innerText.trim()", false).asText();
    }

    private static void awaitRuns(MonitorStore store, int done) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (store.runs().stream().filter(r -> r.status().equals("DONE")).count() < done) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + done + " finished runs: " + store.runs());
            }
            Thread.sleep(100);
        }
    }
}
