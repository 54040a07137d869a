package dev.congkit.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static dev.congkit.audit.Audits.audit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SATISFACTION-RATING: a page read lets people rate the information from 1 to 5 without asking who they are. */
class RatingJudgeTest {

    private static final String ARTICLE = "tin-tuc/hoi-nghi.html";

    /** The test site with its article's rating replaced by {@code form} (none when empty). */
    private static AuditFinding withRating(Path folder, String form) throws IOException {
        Path index = Audits.copySite(folder);
        Path article = index.getParent().resolve(ARTICLE);
        String page = Files.readString(article, StandardCharsets.UTF_8);
        Files.writeString(article, page.replaceFirst("(?s)<section class=\"ck-rating\".*?</section>", java.util.regex.Matcher.quoteReplacement(form)),
                StandardCharsets.UTF_8);
        return SavedPagesAuditTest.find(audit(index), "SATISFACTION-RATING");
    }

    @Test
    void theRatingOfTheTestSitesArticlePasses() {
        AuditFinding finding = SavedPagesAuditTest.find(audit(Audits.SITE.resolve("index.html")), "SATISFACTION-RATING");
        assertEquals(Status.PASS, finding.status(), finding.message());
        assertTrue(finding.message().contains("hoi-nghi.html"), finding.message());
    }

    @Test
    void fiveButtonsOfOneNamePassToo(@TempDir Path folder) throws IOException {
        StringBuilder form = new StringBuilder("<form method=\"post\" action=\"/vote\"><p>Bạn thấy bài viết thế nào?</p>");
        for (int n = 1; n <= 5; n++) {
            form.append("<button type=\"submit\" name=\"star\" value=\"").append(n).append("\">").append(n).append(" sao</button>");
        }
        AuditFinding finding = withRating(folder, form.append("</form>").toString());
        assertEquals(Status.PASS, finding.status(), finding.message());
    }

    @Test
    void aRatingThatAsksWhoRatesFailsNamingTheFields(@TempDir Path folder) throws IOException {
        StringBuilder form = new StringBuilder("<form method=\"post\"><label>Họ tên <input name=\"hoTen\"></label>"
                + "<label>Email <input type=\"email\" name=\"mail\"></label>");
        for (int n = 1; n <= 5; n++) {
            form.append("<label><input type=\"radio\" name=\"diem\" value=\"").append(n).append("\"> ").append(n).append("</label>");
        }
        AuditFinding finding = withRating(folder, form.append("</form>").toString());
        assertEquals(Status.FAIL, finding.status(), finding.message());
        assertTrue(finding.message().contains("hỏi thông tin cá nhân (hoTen, mail)"), finding.message());
    }

    @Test
    void noRatingOnAnyPageReadFails(@TempDir Path folder) throws IOException {
        AuditFinding finding = withRating(folder, "<form method=\"get\" action=\"/tim-kiem\"><input type=\"radio\" name=\"x\" value=\"1\"></form>");
        assertEquals(Status.FAIL, finding.status(), finding.message());
        assertTrue(finding.message().startsWith("Không thấy ô đánh giá mức độ hài lòng"), finding.message());
    }
}
