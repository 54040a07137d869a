package dev.congkit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.congkit.audit.Audits.assertSound;
import static dev.congkit.audit.Audits.audit;
import static dev.congkit.audit.Audits.expected;
import static dev.congkit.audit.Audits.statuses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Saved pages written for the purpose: a compliant commune site, and the same site with one
 * requirement broken at a time, in NFD and upper case, a table layout and a Windows-1258 page. Each
 * test states the exact status of every requirement of the directive's preset.
 * Requirements: BANNER-FEEDBACK, FEEDBACK-FUNCTION, MENU-MAIN, MENU-TOP, MENU-LAW, FOOTER-RESPONSIBLE,
 * IMAGE-ALT, NO-MOTION, BANNER-EXPIRY, LANDMARKS, SCHEDULE-LEADER, UTF8, and the rest of the preset.
 */
class SavedPagesAuditTest {

    /** The compliant site: every requirement a page can show passes; the four that no page shows are not applicable. */
    static final String COMPLIANT = """
            MENU-LAW pass
            MENU-NO-DISTRICT pass
            SITEMAP pass
            IMAGE-ALT pass
            NO-MOTION pass
            FEEDBACK-FUNCTION pass
            FOOTER-RESPONSIBLE pass
            HEADER-NAME pass
            CONTACT-OFFICIALS pass
            CONTACT-AGENCY pass
            CONTACT-ENGLISH pass
            CONTACT-GOV-EMAIL pass
            SCHEDULE-RECEPTION pass
            A11Y pass
            A11Y-SHORTCUTS pass
            SEARCH pass
            LANDMARKS pass
            FRESHNESS pass
            UTF8 pass
            COMMUNE-PROFILE pass
            LEADER-PROFILE pass
            UPDATE-ON-CHANGE pass
            MULTI-DEVICE not-applicable
            PERFORMANCE cannot-judge
            DOMAIN not-applicable
            MONITORING not-applicable
            MAINTENANCE-NOTICE not-applicable
            SATISFACTION-RATING pass
            MENU-MAIN pass
            MENU-TOP pass
            MENU-TTHC pass
            MENU-CAMPAIGN pass
            BANNER-FEEDBACK pass
            BANNER-EXPIRY pass
            BANNER-NO-DUP pass
            IMAGE-BUDGET pass
            DOCS-LIST pass
            NEWS-CAPTION pass
            NEWS-COMPLETE pass
            CONTACT-POLITICAL pass
            CONTACT-DIRECTORY pass
            SCHEDULE-LEADER pass
            REPORT not-applicable
            """;

    private static final Pattern FEEDBACK = Pattern.compile("<p class=\"feedback\">.*?</p>", Pattern.DOTALL);

    @Test
    void theCompliantSitePassesEverythingAPageCanShow() {
        SiteReport report = audit(Audits.SITE.resolve("index.html"));
        assertSound(report);
        assertEquals(expected(COMPLIANT), statuses(report));
        assertEquals(1.0, report.score().orElseThrow());
        assertTrue(report.pages().size() >= 4, "the linked pages beside the saved page are read too: " + report.pages());
    }

    static Stream<Arguments> oneRequirementBroken() {
        return Stream.of(
                variant("no feedback banner", page -> FEEDBACK.matcher(page).replaceFirst(""),
                        "BANNER-FEEDBACK fail", "FEEDBACK-FUNCTION warning"),
                variant("feedback link only inside an HTML comment", page -> FEEDBACK.matcher(page).replaceFirst(m -> "<!-- "
                        + Matcher.quoteReplacement(m.group()) + " -->"), "BANNER-FEEDBACK fail", "FEEDBACK-FUNCTION warning"),
                variant("feedback banner hidden by an inline style", page -> page.replace("<p class=\"feedback\">",
                        "<p class=\"feedback\" style=\"display: none\">"), "BANNER-FEEDBACK fail", "FEEDBACK-FUNCTION warning"),
                variant("feedback banner image without alt text", page -> page.replace("alt=\"Hệ thống phản hồi Thanh Hóa\"", "alt=\"\""),
                        "BANNER-FEEDBACK fail", "IMAGE-ALT fail", "A11Y fail"),
                variant("footer phone label with no value", page -> page.replaceFirst(
                        "<p>Điện thoại: <a href=\"tel:[^\"]+\">[^<]+</a></p>", "<p>Điện thoại: </p>"),
                        "FOOTER-RESPONSIBLE fail", "CONTACT-AGENCY fail"),
                variant("footer without the person responsible", page -> page.replaceFirst("<p>Chịu trách nhiệm[^<]+</p>", ""),
                        "FOOTER-RESPONSIBLE fail"),
                variant("zero-width spaces inside the footer labels", page -> page.replace("Chịu trách nhiệm", "Chịu trách\u200b nh\u200biệm")
                        .replace("Địa chỉ:", "Địa\u200b chỉ:")),
                variant("“Chuyển đổi số” missing from the main menu", page -> page.replace(
                        "<li><a href=\"chuyen-doi-so.html\">Chuyển đổi số</a></li>", ""), "MENU-MAIN warning"),
                variant("menus in upper case and the whole page in NFD", page -> Normalizer.normalize(upperCaseLinks(page),
                        Normalizer.Form.NFD), "UTF8 fail"),
                variant("a marquee", page -> page.replace("<h1>Trang chủ</h1>", "<h1>Trang chủ</h1><marquee>Chào mừng quý khách</marquee>"),
                        "NO-MOTION fail"),
                variant("a banner dated to a past campaign", page -> page.replace(
                        "alt=\"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\"",
                        "alt=\"Kỷ niệm 90 năm ngày thành lập Đảng (1930 - 2020)\""), "BANNER-EXPIRY warning"),
                variant("an image link with an empty alt", page -> page.replace(
                        "alt=\"Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh\"", "alt=\"\""),
                        "IMAGE-ALT fail", "A11Y fail"),
                variant("no header, main or footer elements", page -> page.replaceAll("<(/?)(header|main|footer)\\b", "<$1div"),
                        "LANDMARKS warning"),
                variant("a leader schedule three weeks old", page -> page.replace("23/11/2026", "02/11/2026")
                        .replace("26/11/2026", "05/11/2026").replace("29/11/2026", "08/11/2026"), "SCHEDULE-LEADER warning"),
                variant("the procedures link without the commune's code", page -> page.replace("?donVi=H56.39.12", ""),
                        "MENU-TTHC warning"),
                variant("a district documents entry after the reform", page -> page.replace(
                        "<li><a href=\"van-ban-xa.html\">Văn bản của xã</a></li>",
                        "<li><a href=\"van-ban-huyen.html\">Văn bản của huyện</a></li><li><a href=\"van-ban-xa.html\">Văn bản của xã</a></li>"),
                        "MENU-NO-DISTRICT warning"),
                variant("news older than the freshness limit", page -> page.replace("2026-11-20", "2026-09-01")
                        .replace("20/11/2026", "01/09/2026").replace("2026-11-19", "2026-08-30").replace("19/11/2026", "30/08/2026")
                        .replace("Lịch làm việc của lãnh đạo: tuần từ 23/11/2026 đến 29/11/2026", "Lịch làm việc của lãnh đạo")
                        .replace("Thứ Hai, 23/11/2026", "Thứ Hai").replace("Thứ Năm, 26/11/2026", "Thứ Năm"),
                        "FRESHNESS warning", "UPDATE-ON-CHANGE warning", "SCHEDULE-LEADER warning"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("oneRequirementBroken")
    void eachBrokenRequirementChangesOnlyItsOwnVerdicts(String name, UnaryOperator<String> change, Map<String, String> changed,
                                                        @TempDir Path folder) throws IOException {
        Path index = Audits.copySite(folder);
        String page = Files.readString(index, StandardCharsets.UTF_8);
        String broken = change.apply(page);
        assertTrue(!broken.equals(page), "the variant must change the page");
        Files.writeString(index, broken, StandardCharsets.UTF_8);
        SiteReport report = audit(index);
        assertSound(report);
        Map<String, String> expected = new LinkedHashMap<>(expected(COMPLIANT));
        expected.putAll(changed);
        assertEquals(expected, statuses(report), name);
    }

    @Test
    void aTableLayoutInUpperCaseIsJudgedAsACarefulAuditorWould() {
        SiteReport report = audit(Audits.PAGES.resolve("table-layout.html"));
        assertSound(report);
        assertEquals(expected("""
                MENU-LAW warning
                MENU-NO-DISTRICT warning
                SITEMAP cannot-judge
                IMAGE-ALT fail
                NO-MOTION fail
                FEEDBACK-FUNCTION pass
                FOOTER-RESPONSIBLE pass
                HEADER-NAME fail
                CONTACT-OFFICIALS cannot-judge
                CONTACT-AGENCY pass
                CONTACT-ENGLISH warning
                CONTACT-GOV-EMAIL pass
                SCHEDULE-RECEPTION cannot-judge
                A11Y fail
                A11Y-SHORTCUTS warning
                SEARCH warning
                LANDMARKS warning
                FRESHNESS warning
                UTF8 pass
                COMMUNE-PROFILE warning
                LEADER-PROFILE warning
                UPDATE-ON-CHANGE warning
                MULTI-DEVICE not-applicable
                PERFORMANCE cannot-judge
                DOMAIN not-applicable
                MONITORING not-applicable
                MAINTENANCE-NOTICE not-applicable
                SATISFACTION-RATING fail
                MENU-MAIN pass
                MENU-TOP pass
                MENU-TTHC warning
                MENU-CAMPAIGN pass
                BANNER-FEEDBACK fail
                BANNER-EXPIRY warning
                BANNER-NO-DUP pass
                IMAGE-BUDGET cannot-judge
                DOCS-LIST cannot-judge
                NEWS-CAPTION not-applicable
                NEWS-COMPLETE not-applicable
                CONTACT-POLITICAL cannot-judge
                CONTACT-DIRECTORY cannot-judge
                SCHEDULE-LEADER warning
                REPORT not-applicable
                """), statuses(report));
        assertTrue(message(report, "FOOTER-RESPONSIBLE").contains("NGUYỄN VĂN THÀNH"), message(report, "FOOTER-RESPONSIBLE"));
        assertTrue(message(report, "MENU-NO-DISTRICT").contains("Văn bản của huyện"));
    }

    @Test
    void aWindows1258PageIsDecodedAndItsCombiningTonesMatch() {
        SiteReport report = audit(Audits.PAGES.resolve("windows-1258.html"));
        assertSound(report);
        Map<String, String> statuses = statuses(report);
        assertEquals("fail", statuses.get("UTF8"));
        assertTrue(message(report, "UTF8").contains("windows-1258"), message(report, "UTF8"));
        assertEquals(expected("""
                MENU-LAW pass
                MENU-NO-DISTRICT pass
                SITEMAP cannot-judge
                IMAGE-ALT pass
                NO-MOTION pass
                FEEDBACK-FUNCTION warning
                FOOTER-RESPONSIBLE pass
                HEADER-NAME pass
                CONTACT-OFFICIALS fail
                CONTACT-AGENCY pass
                CONTACT-ENGLISH warning
                CONTACT-GOV-EMAIL pass
                SCHEDULE-RECEPTION cannot-judge
                A11Y pass
                A11Y-SHORTCUTS warning
                SEARCH warning
                LANDMARKS pass
                FRESHNESS pass
                UTF8 fail
                COMMUNE-PROFILE warning
                LEADER-PROFILE warning
                UPDATE-ON-CHANGE pass
                MULTI-DEVICE not-applicable
                PERFORMANCE cannot-judge
                DOMAIN not-applicable
                MONITORING not-applicable
                MAINTENANCE-NOTICE not-applicable
                SATISFACTION-RATING fail
                MENU-MAIN warning
                MENU-TOP warning
                MENU-TTHC warning
                MENU-CAMPAIGN pass
                BANNER-FEEDBACK fail
                BANNER-EXPIRY pass
                BANNER-NO-DUP pass
                IMAGE-BUDGET cannot-judge
                DOCS-LIST fail
                NEWS-CAPTION not-applicable
                NEWS-COMPLETE not-applicable
                CONTACT-POLITICAL warning
                CONTACT-DIRECTORY warning
                SCHEDULE-LEADER warning
                REPORT not-applicable
                """), statuses);
        assertTrue(message(report, "FOOTER-RESPONSIBLE").contains("Nguyễn Văn Thành"), "tones decoded and composed");
    }

    @Test
    void aMenuBuiltByJavaScriptCannotBeJudgedFromTheHtml() {
        SiteReport report = audit(Audits.PAGES.resolve("scripted-menu.html"));
        assertSound(report);
        for (String id : new String[] {"MENU-MAIN", "MENU-TOP", "MENU-LAW", "MENU-TTHC", "MENU-CAMPAIGN"}) {
            assertEquals(Status.CANNOT_JUDGE, find(report, id).status(), id);
            assertTrue(find(report, id).message().contains("JavaScript"), id);
        }
    }

    @Test
    void anUnreadableTargetIsAFindingNotACrash() {
        SiteReport report = audit(Path.of("src/test/resources/no-such-page.html"));
        assertTrue(!report.reachable());
        assertTrue(report.failsError());
        assertTrue(report.findings().stream().allMatch(f -> f.status() == Status.CANNOT_JUDGE));
        assertTrue(report.notes().get(0).contains("no-such-page.html"), report.notes().toString());
        assertTrue(report.score().isEmpty());
    }

    @Test
    void englishFindingsOnRequest() {
        SiteReport report = new Auditor(Audits.options().withLocale(Locale.ENGLISH)).audit(Audits.PAGES.resolve("table-layout.html").toString());
        assertTrue(message(report, "FOOTER-RESPONSIBLE").startsWith("The footer gives"), message(report, "FOOTER-RESPONSIBLE"));
        assertTrue(message(report, "IMAGE-ALT").contains("images lack a text alternative"), message(report, "IMAGE-ALT"));
    }

    private static Arguments variant(String name, UnaryOperator<String> change, String... changed) {
        Map<String, String> map = new LinkedHashMap<>();
        for (String line : changed) {
            String[] parts = line.split(" ");
            map.put(parts[0], parts[1]);
        }
        return Arguments.of(name, change, map);
    }

    private static String upperCaseLinks(String page) {
        Matcher m = Pattern.compile("(<a [^>]*>)([^<]+)(</a>)").matcher(page);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2).toUpperCase(Locale.forLanguageTag("vi")) + m.group(3)));
        }
        return m.appendTail(out).toString();
    }

    static AuditFinding find(SiteReport report, String id) {
        return report.findings().stream().filter(f -> f.requirement().equals(id)).findFirst().orElseThrow();
    }

    private static String message(SiteReport report, String id) {
        return find(report, id).message();
    }
}
