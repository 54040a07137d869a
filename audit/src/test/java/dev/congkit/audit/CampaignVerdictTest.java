package dev.congkit.audit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * MENU-CAMPAIGN judges the menus: headlines with a past year in news blocks and carousels are news,
 * not categories of an ended campaign; a menu entry "Chuyên mục bầu cử năm 2021" is one.
 */
class CampaignVerdictTest {

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({"news-blocks.html, pass", "ended-category.html, warning"})
    void onlyMenuEntriesAreCampaignCategories(String page, String status) {
        SiteReport report = Audits.audit(Audits.PAGES.resolve("campaign").resolve(page));
        assertEquals(status, Audits.statuses(report).get("MENU-CAMPAIGN"), () -> page + ": " + Audits.finding(report, "MENU-CAMPAIGN"));
        if (status.equals("warning")) {
            // the menu's entry alone, not the headlines
            org.junit.jupiter.api.Assertions.assertTrue(Audits.finding(report, "MENU-CAMPAIGN").contains("message=1 chuyên mục"),
                    Audits.finding(report, "MENU-CAMPAIGN"));
        }
    }
}
