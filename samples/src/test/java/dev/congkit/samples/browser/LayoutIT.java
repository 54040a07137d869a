package dev.congkit.samples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
 * MULTI-DEVICE, as a reader sees it: on every demo page at 320, 768 and 1280 CSS px, no text runs out
 * of the window, none is cut or scrolled away by its box, and no two text boxes are drawn over one
 * another (layout-check.js, in Debian's Chromium). Also where Phụ lục 2 puts the feedback banner: on
 * the home page, its top within 1 000 px of the page's top at 320 px and within 700 px at 1280 px,
 * and no menu entry before the content at 320 px until the "Menu" button is pressed.
 */
class LayoutIT {

    private static final int[] WIDTHS = {320, 768, 1280};
    private static DemoAccess.Running demo;
    private static Chromium browser;
    private static String check;

    @BeforeAll
    static void start() throws Exception {
        if (!Chromium.available()) {
            System.err.println("\n*** SKIPPING layout tests: need /usr/bin/chromium (apt-get install chromium) ***\n");
        }
        Assumptions.assumeTrue(Chromium.available(), "Chromium is not installed");
        check = new String(LayoutIT.class.getResourceAsStream("/browser/layout-check.js").readAllBytes(), StandardCharsets.UTF_8);
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

    @TestFactory
    Stream<DynamicTest> noTextOverflowsIsCutOrOverlapsAtThreeWidths() {
        List<DynamicTest> tests = new ArrayList<>();
        for (int width : WIDTHS) {
            for (String page : AccessibilityIT.pages()) {
                tests.add(DynamicTest.dynamicTest(page + " @" + width + "px", () -> {
                    browser.viewport(width, 900);
                    browser.open(demo.url(page));
                    assertEquals(List.of(), problems(), page + " @" + width + "px");
                }));
            }
        }
        return tests.stream();
    }

    @Test
    void theFeedbackBannerStandsWherePhuLuc2PutsIt() throws Exception {
        int[][] limits = {{320, 1000}, {1280, 700}};
        for (int[] limit : limits) {
            browser.viewport(limit[0], 900);
            browser.open(demo.url("/"));
            int top = browser.evaluate("Math.round(document.querySelector('.ck-feedback').getBoundingClientRect().top + scrollY)", false).asInt();
            assertTrue(top <= limit[1], "the feedback banner's top is at " + top + " px at " + limit[0] + " px wide (at most " + limit[1] + ")");
            int digital = browser.evaluate("Math.round(document.querySelector('.ck-banners--centre').getBoundingClientRect().top + scrollY)", false).asInt();
            assertTrue(digital < top, "under the digital-transformation banner");
        }
    }

    @Test
    void onAPhoneTheMenusWaitBehindTheirButton() throws Exception {
        browser.viewport(320, 900);
        browser.open(demo.url("/"));
        String visibleMenuEntries = "[...document.querySelectorAll('.ck-menu a, .ck-top-menu a')].filter(a => a.getClientRects().length > 0).length";
        assertEquals(0, browser.evaluate(visibleMenuEntries, false).asInt(), "no menu entry shows before the button is pressed");
        browser.evaluate("document.querySelector('label[for=demo-menu-toggle]').click()", false);
        assertTrue(browser.evaluate(visibleMenuEntries, false).asInt() > 15, "both menus open with the button, without a script of ours");
        browser.viewport(1280, 900);
        browser.open(demo.url("/"));
        assertTrue(browser.evaluate(visibleMenuEntries, false).asInt() > 15, "on a wide screen the menus are always shown");
    }

    /** The check finds what it looks for: text pushed out of its clipping box, and a heading drawn over a paragraph. */
    @Test
    void theCheckCanFail() throws Exception {
        browser.viewport(320, 900);
        browser.open(demo.url("/"));
        // styled through the DOM: the demo's Content-Security-Policy ignores style attributes
        browser.evaluate("(() => { const main = document.querySelector('main');"
                + " const box = document.createElement('div'); box.textContent = 'Ủy ban nhân dân xã Mẫu Sơn';"
                + " Object.assign(box.style, {width: '60px', overflow: 'hidden', whiteSpace: 'nowrap'});"
                + " const name = document.createElement('p'); name.textContent = 'Nguyễn Thị Hường'; name.style.margin = '0';"
                + " const title = document.createElement('p'); title.textContent = 'Phó Chủ tịch UBND xã'; title.style.marginTop = '-1.2em';"
                + " main.prepend(box, name, title); })()", false);
        String found = problems().toString();
        assertTrue(found.contains("is cut by div") && found.contains("Ủy ban nhân dân xã Mẫu Sơn"), found);
        assertTrue(found.contains("overlaps") && found.contains("Nguyễn Thị Hường"), found);
    }

    private static List<String> problems() throws Exception {
        JsonNode found = new ObjectMapper().readTree(browser.evaluate(check, false).asText());
        List<String> problems = new ArrayList<>();
        found.forEach(problem -> problems.add(problem.asText()));
        return problems;
    }
}
