package dev.congkit.samples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import dev.congkit.samples.DemoAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A11Y (WCAG 2.1 AA), MULTI-DEVICE, LANDMARKS, NO-MOTION in a real browser: every demo page, at a
 * desktop width and at 320 CSS px, checked by axe-core with the tags wcag2a, wcag2aa, wcag21a and
 * wcag21aa, with no rule disabled; nothing overflows at 320 px; no console error. Needs Debian's
 * chromium and the npm package axe-core in .build/ (.ci/run installs both); without them the tests
 * are skipped with a message.
 */
class AccessibilityIT {

    static final Path AXE = Path.of("../.build/node_modules/axe-core/axe.min.js");
    private static final String RUN_AXE = "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})"
            + ".then(r => JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
            + " nodes: v.nodes.slice(0, 5).map(n => n.target.join(' ') + ' :: ' + n.failureSummary)}))))";

    private static DemoAccess.Running demo;
    private static Chromium browser;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        boolean ready = Chromium.available() && Files.isRegularFile(AXE);
        if (!ready) {
            System.err.println("\n*** SKIPPING browser accessibility tests: need /usr/bin/chromium and " + AXE.toAbsolutePath().normalize()
                    + " (apt-get install chromium; npm install --prefix .build axe-core@4.14.1) ***\n");
        }
        Assumptions.assumeTrue(ready, "Chromium or axe-core is not installed");
        axe = Files.readString(AXE, StandardCharsets.UTF_8);
        demo = DemoAccess.start();
        browser = Chromium.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (demo != null) {
            demo.close();
        }
    }

    static List<String> pages() {
        List<String> pages = new ArrayList<>(DemoAccess.pagePaths());
        pages.add("/?lang=en");
        pages.add("/lich-lam-viec?lang=en");
        pages.add("/danh-ba?lang=en");
        pages.add("/tim-kiem?q=M%E1%BA%ABu%20S%C6%A1n");
        pages.add("/khong-co-trang-nay");
        // a document's and an article's page, a filtered and a later page of the lists, an album
        pages.add("/van-ban/xa/20-2026-qd-ubnd");
        pages.add("/tin-tuc/hoi-nghi-chuyen-doi-so");
        pages.add("/van-ban/xa?loai=quyet-dinh&nam=2026&q=ng%C3%A2n+s%C3%A1ch");
        pages.add("/tin-tuc?trang=2");
        pages.add("/thu-vien/anh?album=le-hoi-den-mau-son-2026");
        pages.add("/van-ban/xa?lang=en");
        // the feedback pages: the form in English, a code not found, the public Q&A (the states after a post: FeedbackBrowserIT)
        pages.add("/lien-he-gop-y?lang=en");
        pages.add("/lien-he-gop-y/tra-cuu?ma=PA-222222");
        pages.add("/lien-he-gop-y/hoi-dap");
        pages.add("/tin-tuc/hoi-nghi-chuyen-doi-so?danh-gia=thieu");
        pages.add("/van-ban/xa/20-2026-qd-ubnd?lang=en&da-danh-gia=1");
        return pages;
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasNoWcagViolationAtBothWidths() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int width : new int[] {1280, 320}) {
            for (String page : pages()) {
                tests.add(DynamicTest.dynamicTest(page + " @" + width + "px", () -> check(page, width)));
            }
        }
        return tests.stream();
    }

    private static void check(String page, int width) throws Exception {
        browser.viewport(width, 900);
        browser.open(demo.url(page));
        assertAccessible(browser, axe, page + " @" + width + "px", page.startsWith("/khong-co") ? 404 : 0); // that page is a 404 on purpose
    }

    /**
     * The page open in {@code browser}: no axe violation of WCAG 2.1 AA, no sideways overflow, no
     * console error (but the one of its own {@code expectedStatus}, when not 0), no moving text.
     */
    static void assertAccessible(Chromium browser, String axeSource, String label, int expectedStatus) throws Exception {
        browser.evaluate(axeSource, false);
        JsonNode violations = new com.fasterxml.jackson.databind.ObjectMapper().readTree(browser.evaluate(RUN_AXE, true).asText());
        assertEquals(0, violations.size(), label + ": " + violations.toPrettyString());
        JsonNode overflow = browser.evaluate("document.documentElement.scrollWidth - window.innerWidth", false);
        assertTrue(overflow.asInt() <= 0, label + " overflows sideways by " + overflow.asInt() + " px");
        List<String> errors = browser.consoleErrors().stream()
                .filter(e -> !(expectedStatus != 0 && e.contains("status of " + expectedStatus))).toList();
        assertEquals(List.of(), errors, label + ": console errors");
        assertEquals(0, browser.evaluate("document.querySelectorAll('marquee, blink').length", false).asInt(), "no moving text");
    }

    @Test
    void theCheckCanFail() throws Exception {
        browser.viewport(1280, 900);
        browser.open(demo.url("/"));
        browser.evaluate("document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/demo/logo.svg\"><a href=\"/\"></a>')", false);
        browser.evaluate(axe, false);
        String found = browser.evaluate(RUN_AXE, true).asText();
        assertTrue(found.contains("image-alt") && found.contains("link-name"), found);
    }

    @Test
    void screenshotsOfTheHomePageForPeopleToLookAt() throws Exception {
        for (int width : new int[] {1280, 320}) {
            browser.viewport(width, 900);
            browser.open(demo.url("/"));
            Path file = Path.of("target/screenshots/home-" + width + ".png");
            browser.screenshot(file);
            assertTrue(Files.size(file) > 10_000, file + " has content");
        }
    }

    @Test
    void subMenusOpenWithEnterAndSpaceAndEscapeClosesThemBackToTheToggle() throws Exception {
        browser.viewport(1280, 900);
        browser.open(demo.url("/"));
        String toggle = "document.querySelector('.ck-menu--main summary')";
        browser.evaluate(toggle + ".focus()", false);
        browser.press("Enter", "Enter", 13);
        Thread.sleep(50);
        assertTrue(browser.evaluate(toggle + ".parentElement.open", false).asBoolean(), "Enter opens the sub-menu");
        browser.press("Escape", "Escape", 27);
        Thread.sleep(50);
        assertTrue(!browser.evaluate(toggle + ".parentElement.open", false).asBoolean(), "Escape closes it (congkit.js)");
        assertEquals("SUMMARY", browser.evaluate("document.activeElement.tagName", false).asText(), "focus returns to the toggle");
        browser.press(" ", "Space", 32);
        Thread.sleep(50);
        assertTrue(browser.evaluate(toggle + ".parentElement.open", false).asBoolean(), "Space opens it too");
        browser.press("Tab", "Tab", 9);
        assertEquals("/tong-quan", browser.evaluate("document.activeElement.getAttribute('href')", false).asText(), "Tab reaches the sub-items");
        assertTrue(browser.evaluate("getComputedStyle(document.activeElement).outlineStyle !== 'none'", false).asBoolean(), "focus is visible");
    }

    @Test
    void theSkipLinkIsFirstAndMovesFocusToMain() throws Exception {
        browser.viewport(1280, 900);
        browser.open(demo.url("/"));
        browser.press("Tab", "Tab", 9);
        assertEquals("ck-skip-link", browser.evaluate("document.activeElement.className", false).asText());
        browser.press("Enter", "Enter", 13);
        Thread.sleep(100);
        assertEquals("noi-dung", browser.evaluate("document.activeElement.id", false).asText());
    }
}
