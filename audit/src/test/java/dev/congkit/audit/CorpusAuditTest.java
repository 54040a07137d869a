package dev.congkit.audit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Real saved pages of Vietnamese government portals (SharePoint, Liferay, CKAN, news CMS) with their
 * real defects. They are not copied into the repository (their sources state no licence): the test
 * finds the corpus folder ({@code -Dcongkit.corpus=DIR}, else {@code shared/corpus/real} beside a
 * parent folder) and skips, saying so, where it is absent.
 */
class CorpusAuditTest {

    private static Path corpus;
    private static final Map<String, SiteReport> REPORTS = new TreeMap<>();

    @BeforeAll
    static void auditEveryPage() throws IOException {
        corpus = locate();
        assumeTrue(corpus != null, "the real-page corpus (shared/corpus/real) is not on this machine: corpus tests skipped");
        try (Stream<Path> pages = Files.list(corpus)) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".html")).sorted().toList()) {
                REPORTS.put(page.getFileName().toString(), Audits.audit(page));
            }
        }
    }

    @Test
    void everyPageIsAuditedWithoutError() {
        assertTrue(REPORTS.size() >= 10, "pages audited: " + REPORTS.keySet());
        REPORTS.values().forEach(report -> {
            assertTrue(report.reachable(), report.target());
            Audits.assertSound(report);
        });
    }

    @Test
    void marqueesAndCarouselsMove() {
        for (String page : List.of("krongno-home.html", "dakrlap-home.html", "gianghia-home.html", "stp-daknong-home.html",
                "hanoi-sotttt-home.html")) {
            assertEquals(Status.FAIL, status(page, "NO-MOTION"), page);
        }
        assertEquals(Status.PASS, status("stc-daknong-lich-lam-viec-tuan1.html", "NO-MOTION"));
        assertEquals(Status.PASS, status("odp-cantho-home.html", "NO-MOTION"));
    }

    @Test
    void imageLinksWithEmptyAltFail() {
        for (String page : REPORTS.keySet()) {
            assertEquals(Status.FAIL, status(page, "IMAGE-ALT"), page);
        }
        assertTrue(message("gianghia-home.html", "IMAGE-ALT").contains("alt rỗng"));
    }

    @Test
    void footersAreReadLabelByLabel() {
        // zero-width spaces inside "Chịu trách nhiệm​ v​ề nội dung", all four facts present
        assertEquals(Status.PASS, status("dakrlap-home.html", "FOOTER-RESPONSIBLE"));
        assertEquals(Status.PASS, status("stp-daknong-home.html", "FOOTER-RESPONSIBLE"));
        assertEquals(Status.PASS, status("stc-daknong-lich-lam-viec-tuan1.html", "FOOTER-RESPONSIBLE"));
        // the person responsible is the "Tổng Giám đốc", the phone a short government number
        assertEquals(Status.PASS, status("vpcp-chinhphu-home.html", "FOOTER-RESPONSIBLE"));
        // no telephone number
        assertEquals(Status.FAIL, status("krongno-home.html", "FOOTER-RESPONSIBLE"));
        assertTrue(message("krongno-home.html", "FOOTER-RESPONSIBLE").contains("điện thoại"));
        // labels followed by no value
        assertEquals(Status.FAIL, status("pbgdpl-daknong-home.html", "FOOTER-RESPONSIBLE"));
        assertTrue(message("pbgdpl-daknong-home.html", "FOOTER-RESPONSIBLE").contains("Có nhãn mà không có nội dung"));
        // no address, phone or e-mail; no person responsible
        assertEquals(Status.FAIL, status("gianghia-home.html", "FOOTER-RESPONSIBLE"));
        assertEquals(Status.FAIL, status("odp-cantho-home.html", "FOOTER-RESPONSIBLE"));
        assertEquals(Status.FAIL, status("hanoi-sotttt-home.html", "FOOTER-RESPONSIBLE"));
        assertTrue(message("hanoi-sotttt-home.html", "FOOTER-RESPONSIBLE").contains("người chịu trách nhiệm"));
    }

    @Test
    void feedbackIsTheProvincesSystemOrAnotherTrackableChannel() {
        REPORTS.keySet().forEach(page -> assertEquals(Status.FAIL, status(page, "BANNER-FEEDBACK"), page));
        assertEquals(Status.PASS, status("stp-daknong-home.html", "FEEDBACK-FUNCTION"), "Government feedback systems");
        assertEquals(Status.PASS, status("vpcp-chinhphu-home.html", "FEEDBACK-FUNCTION"), "national PAKN");
        assertEquals(Status.WARNING, status("krongno-home.html", "FEEDBACK-FUNCTION"), "only a Góp ý page");
    }

    @Test
    void decomposedMenuLabelsStillMatchButTheTextIsNotNfc() {
        assertEquals(Status.FAIL, status("stp-daknong-home.html", "UTF8"));
        assertTrue(!message("stp-daknong-home.html", "MENU-MAIN").contains("Văn bản pháp quy"), "NFD “Văn bản pháp quy” is found");
        assertTrue(!message("stp-daknong-home.html", "MENU-MAIN").contains("Lịch tiếp công dân"), "NFD “Lịch tiếp công dân” is found");
        assertEquals(Status.PASS, status("krongno-home.html", "UTF8"));
    }

    @Test
    void staleSchedulesAndUncaptionedArticleImages() {
        assertEquals(Status.WARNING, status("stc-daknong-lich-lam-viec-tuan1.html", "SCHEDULE-LEADER"));
        assertEquals(Status.WARNING, status("krongno-lich-cong-tac-tuan24.html", "SCHEDULE-LEADER"));
        assertEquals(Status.WARNING, status("krongno-lich-cong-tac-tuan24.html", "NEWS-CAPTION"));
        assertEquals(Status.WARNING, status("dakrlap-lich-tiep-cong-dan-xa-dakru.html", "SCHEDULE-RECEPTION"));
        assertEquals(Status.WARNING, status("krongno-home.html", "FRESHNESS"));
    }

    /** The corrected classes of wrong verdicts, on real pages (each class also has a page of its own in the verdict tests). */
    @Test
    void correctedVerdictsHoldOnRealPages() {
        // a lead news item's picture repeated in a "hot news" slider and two web parts is no duplicate banner
        assertEquals(Status.PASS, status("pbgdpl-daknong-home.html", "BANNER-NO-DUP"), message("pbgdpl-daknong-home.html", "BANNER-NO-DUP"));
        // an English version linked by a flag with no word (class lang_us) is found and named by its address
        assertEquals(Status.PASS, status("hanoi-sotttt-home.html", "CONTACT-ENGLISH"));
        assertTrue(message("hanoi-sotttt-home.html", "CONTACT-ENGLISH").contains("sotttt-eng"), message("hanoi-sotttt-home.html", "CONTACT-ENGLISH"));
        for (String page : REPORTS.keySet()) {
            // saved without their pictures: the bytes cannot be weighed (no false pass from weighing the HTML)
            assertEquals(Status.CANNOT_JUDGE, status(page, "IMAGE-BUDGET"), page);
            // news headlines with a year are not menu entries of an ended campaign
            assertEquals(Status.PASS, status(page, "MENU-CAMPAIGN"), page);
            // a text link is no banner, and none of these pages has the province's banner
            assertEquals(Status.FAIL, status(page, "BANNER-FEEDBACK"), page);
        }
        // the home page links to "Lịch tiếp công dân", which was not saved beside it: unknown, not absent
        for (String page : List.of("krongno-home.html", "dakrlap-home.html", "stp-daknong-home.html")) {
            assertEquals(Status.CANNOT_JUDGE, status(page, "SCHEDULE-RECEPTION"), page);
        }
        // a schedule page read gives when, but not where: not met, and said
        assertEquals(Status.WARNING, status("dakrlap-lich-tiep-cong-dan-xa-dakru.html", "SCHEDULE-RECEPTION"));
        // the evidence is said in words, not as a selector, in the text report
        String text = dev.congkit.audit.report.TextReports.site(report("krongno-home.html"), java.util.Locale.forLanguageTag("vi"));
        assertTrue(!text.contains(" > ") && text.contains("               Trang chủ: TRANG CHỦ"), text);
    }

    @Test
    void aTitleThatSwallowsTheHeadIsAnAccessibilityFailureNotACrash() {
        assertEquals(Status.FAIL, status("gianghia-home.html", "A11Y"));
        assertTrue(message("gianghia-home.html", "A11Y").contains("tiêu đề trang"));
        assertEquals("TTTĐT thị xã Gia Nghĩa", report("gianghia-home.html").title(), "the report names the page without the markup its title swallowed");
    }

    private static Status status(String page, String id) {
        return SavedPagesAuditTest.find(report(page), id).status();
    }

    private static String message(String page, String id) {
        return SavedPagesAuditTest.find(report(page), id).message();
    }

    private static SiteReport report(String page) {
        SiteReport report = REPORTS.get(page);
        assertTrue(report != null, "corpus page " + page + " is missing");
        return report;
    }

    private static Path locate() {
        String given = System.getProperty("congkit.corpus");
        if (given != null && Files.isDirectory(Path.of(given))) {
            return Path.of(given);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared/corpus/real");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
