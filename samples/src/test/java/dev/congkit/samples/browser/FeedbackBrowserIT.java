package dev.congkit.samples.browser;

import dev.congkit.samples.DemoAccess;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * "Liên hệ – góp ý" in Chromium, as a citizen and a clerk use it (FEEDBACK-FUNCTION, SATISFACTION-RATING):
 * a form sent with mistakes comes back with each error next to its field and the input kept; a
 * corrected one gives a tracking code; the clerk logs in, answers, and the citizen's status page
 * shows the answer; a rating is thanked. Every state passes axe at 1280 and 320 px under the
 * demo's strict Content-Security-Policy (a violation is a console error). Skipped with a message
 * without Chromium and axe-core, as AccessibilityIT.
 */
class FeedbackBrowserIT {

    private static final String PASSWORD = "mat-khau-thu";
    private static DemoAccess.Running demo;
    private static Chromium browser;
    private static String axe;

    @BeforeAll
    static void start() throws Exception {
        boolean ready = Chromium.available() && Files.isRegularFile(AccessibilityIT.AXE);
        if (!ready) {
            System.err.println("\n*** SKIPPING the feedback browser tests: need /usr/bin/chromium and axe-core in .build ***\n");
        }
        Assumptions.assumeTrue(ready, "Chromium or axe-core is not installed");
        axe = Files.readString(AccessibilityIT.AXE, StandardCharsets.UTF_8);
        demo = DemoAccess.start(PASSWORD);
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

    private static void accessibleAtBothWidths(String label) throws Exception {
        accessibleAtBothWidths(label, 0);
    }

    /** As above, for a page answered with {@code status} on purpose (the form with errors is a 400). */
    private static void accessibleAtBothWidths(String label, int status) throws Exception {
        for (int width : new int[] {1280, 320}) {
            browser.viewport(width, 900);
            AccessibilityIT.assertAccessible(browser, axe, label + " @" + width + "px", status);
        }
        browser.viewport(1280, 900);
    }

    private static String text(String selector) throws Exception {
        return browser.evaluate("(document.querySelector('" + selector + "') || {innerText: ''}).innerText.trim()", false).asText();
    }

    private static String value(String id) throws Exception {
        return browser.evaluate("document.getElementById('" + id + "').value", false).asText();
    }

    @Test
    void aCitizenCorrectsTheFormGetsACodeAndReadsTheClerksAnswer() throws Exception {
        browser.viewport(1280, 900);
        browser.open(demo.url("/lien-he-gop-y"));
        accessibleAtBothWidths("the form");
        browser.type("ck-fb-ho-ten", "Nguyễn Thị Hường");
        browser.type("ck-fb-email", "huong@");
        browser.type("ck-fb-noi-dung", "Đèn đường thôn Trung Tâm hỏng đã hai tuần.");
        browser.clickAndWait(".ck-feedback__form button[type=submit]");

        assertEquals("Thư điện tử chưa đúng dạng, ví dụ: ten@example.vn.", text("#ck-fb-email-error"));
        assertEquals("Xin ghi tiêu đề.", text("#ck-fb-tieu-de-error"));
        assertTrue(text("#ck-fb-dong-y-error").startsWith("Xin đánh dấu đồng ý"));
        for (String id : new String[] {"ck-fb-email", "ck-fb-tieu-de", "ck-fb-dong-y"}) {
            assertTrue(browser.evaluate("document.getElementById('" + id + "-error').parentElement.contains(document.getElementById('" + id + "'))",
                    false).asBoolean(), id + ": the error sits with its field");
            assertEquals("true", browser.evaluate("document.getElementById('" + id + "').getAttribute('aria-invalid')", false).asText());
        }
        assertEquals("Nguyễn Thị Hường", value("ck-fb-ho-ten"));
        assertEquals("huong@", value("ck-fb-email"));
        assertEquals("Đèn đường thôn Trung Tâm hỏng đã hai tuần.", value("ck-fb-noi-dung"));
        accessibleAtBothWidths("the form with errors", 400);

        browser.type("ck-fb-email", "huong.mauson@example.vn");
        browser.type("ck-fb-tieu-de", "Đèn đường hỏng");
        browser.evaluate("document.getElementById('ck-fb-dong-y').click()", false);
        browser.clickAndWait(".ck-feedback__form button[type=submit]");
        String code = text(".ck-feedback__code strong");
        assertTrue(code.matches("PA-[2-9A-HJKMNP-Z]{6}"), code);
        assertEquals("Mã phản ánh: " + code, text(".ck-feedback__code"));
        assertEquals("Đã tiếp nhận", text(".ck-feedback-status__status"));
        assertFalse(browser.evaluate("document.body.innerText", false).asText().contains("huong.mauson@example.vn"), "no personal data on the status page");
        accessibleAtBothWidths("the confirmation");

        browser.open(demo.url("/dang-nhap"));
        browser.type("staff-password", PASSWORD);
        browser.clickAndWait(".demo-login button[type=submit]");
        assertTrue(text(".ck-inbox__count").endsWith("ý kiến"), text(".ck-inbox__count"));
        accessibleAtBothWidths("the staff's list");
        browser.clickAndWait("a[href$='/" + code + "']");
        assertTrue(browser.evaluate("document.body.innerText", false).asText().contains("huong.mauson@example.vn"), "the clerk sees the contact");
        accessibleAtBothWidths("the staff's message page");
        browser.evaluate("document.getElementById('ck-inbox-status').value = 'ANSWERED'", false);
        browser.type("ck-inbox-note", "Xã đã thay bóng đèn ngày 02/12/2026. Cảm ơn bà đã báo.");
        browser.clickAndWait(".ck-inbox-message__form button[type=submit]");
        assertEquals("Đã lưu.", text(".ck-feedback__saved"));
        browser.open(demo.url("/lien-he-gop-y/quan-ly/danh-gia"));
        accessibleAtBothWidths("the ratings report");

        browser.open(demo.url("/lien-he-gop-y/tra-cuu?ma=" + code.toLowerCase()));
        assertEquals("Đã trả lời", text(".ck-feedback-status__status"));
        assertEquals("Xã đã thay bóng đèn ngày 02/12/2026. Cảm ơn bà đã báo.", text(".ck-feedback-status__note"));
        accessibleAtBothWidths("the answered status page");
    }

    @Test
    void aReaderRatesAnArticleAndIsThanked() throws Exception {
        browser.viewport(1280, 900);
        browser.open(demo.url("/tin-tuc/hoi-nghi-chuyen-doi-so"));
        assertEquals("Thông tin này có hữu ích không?", text("#ck-rating-heading"));
        browser.evaluate("document.getElementById('ck-rating-4').click()", false);
        browser.type("ck-rating-comment", "Rõ ràng, dễ hiểu");
        browser.clickAndWait(".ck-rating__form button[type=submit]");
        assertEquals("Cảm ơn bạn đã đánh giá.", text(".ck-rating__thanks"));
        assertTrue(browser.evaluate("location.href", false).asText().endsWith("/tin-tuc/hoi-nghi-chuyen-doi-so?da-danh-gia=1#danh-gia"));
        accessibleAtBothWidths("an article after its rating");
        Path shot = Path.of("target/screenshots/rating-320.png");
        browser.viewport(320, 900);
        browser.screenshot(shot);
        assertTrue(Files.size(shot) > 10_000);
    }
}
