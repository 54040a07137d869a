package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * IMAGE-BUDGET measures pictures only: {@code src=""} and {@code src="#"} name the page itself, and
 * a saved page without its image files has nothing to measure, so the verdict is cannot-judge, not
 * a pass earned by weighing the page's HTML.
 */
class ImageBudgetVerdictTest {

    @Test
    void aPageWithoutItsPicturesCannotBeJudged() {
        // the Cẩm Thủy rule set gives the byte budgets of each image slot
        SiteReport report = Audits.audit(Audits.PAGES.resolve("image-budget").resolve("self-src.html"));
        assertEquals("cannot-judge", Audits.statuses(report).get("IMAGE-BUDGET"), Audits.finding(report, "IMAGE-BUDGET"));
    }
}
