package dev.congkit.feedback;

import dev.congkit.core.TestSites;
import dev.congkit.core.model.SiteConfig;
import dev.congkit.core.render.RenderContext;
import dev.congkit.core.render.WidgetRenderer;
import dev.congkit.store.SiteStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's feedback example runs, and the README shows it as written here. */
class ReadmeExampleTest {

    @Test
    void theFeedbackExampleRuns(@TempDir Path dir) throws Exception {
        SiteConfig site = TestSites.minimal();
        WidgetRenderer renderer = WidgetRenderer.create();
        try (SiteStore store = SiteStore.embedded(dir.resolve("congkit"))) {
            // --- as in README.md, "Citizens' feedback and ratings"
            FeedbackStore messages = FeedbackStore.on(store);
            TrackingCode code = messages.submit("mauson.thanhhoa.gov.vn", new FeedbackSubmission("Nguyễn Thị Hường", "", "huong@example.vn",
                    "Đèn đường thôn 3 hỏng", "Đèn đường ở thôn 3 hỏng đã hai tuần.", true), null);   // what the form does with a valid post
            messages.update("mauson.thanhhoa.gov.vn", code, FeedbackStatus.ANSWERED, "Xã đã thay bóng đèn ngày 02/12/2026.");
            String rating = renderer.render(RatingWidget.ID, RenderContext.of(site).withPath("/tin-tuc/hoi-nghi"));   // under any page
            RatingStore.on(store).rate("mauson.thanhhoa.gov.vn", "/tin-tuc/hoi-nghi", YearMonth.of(2026, 12), 5, "Rõ ràng");
            List<RatingSummary> december = RatingStore.on(store).summaries("mauson.thanhhoa.gov.vn", YearMonth.of(2026, 12));
            // --- end
            assertEquals(FeedbackStatus.ANSWERED, messages.progress("mauson.thanhhoa.gov.vn", code).orElseThrow().status());
            assertTrue(rating.contains("name=\"diem\" id=\"ck-rating-5\" value=\"5\""), rating);
            assertEquals(1, december.get(0).count());
        }
    }

    @Test
    void theReadmeShowsIt() throws Exception {
        String source = Files.readString(Path.of("src/test/java/dev/congkit/feedback/ReadmeExampleTest.java"), StandardCharsets.UTF_8);
        String marker = "// --- as in README.md, \"Citizens' feedback and ratings\"\n";
        int start = source.indexOf(marker) + marker.length();
        String example = source.substring(start, source.indexOf("            // --- end", start)).stripTrailing().stripIndent().strip();
        String readme = Files.readString(Path.of("../README.md"), StandardCharsets.UTF_8);
        assertTrue(readme.contains(example), "the README shows:\n" + example);
    }
}
