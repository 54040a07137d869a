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

/** MAINTENANCE-NOTICE: a suspension notice on a page must say when the portal is expected back. */
class MaintenanceJudgeTest {

    private static AuditFinding withNotice(Path folder, String notice) throws IOException {
        Path index = Audits.copySite(folder);
        String page = Files.readString(index, StandardCharsets.UTF_8);
        Files.writeString(index, page.replaceFirst("<main([^>]*)>", "<main$1>" + java.util.regex.Matcher.quoteReplacement(notice)),
                StandardCharsets.UTF_8);
        return SavedPagesAuditTest.find(audit(index), "MAINTENANCE-NOTICE");
    }

    @Test
    void noNoticeIsNotApplicable() {
        AuditFinding finding = SavedPagesAuditTest.find(audit(Audits.SITE.resolve("index.html")), "MAINTENANCE-NOTICE");
        assertEquals(Status.NOT_APPLICABLE, finding.status());
    }

    @Test
    void aNoticeWithItsRestorationTimePasses(@TempDir Path folder) throws IOException {
        AuditFinding finding = withNotice(folder, "<section><h2>Thông báo tạm ngừng hoạt động Cổng thông tin điện tử</h2>"
                + "<p>Cổng thông tin điện tử tạm ngừng hoạt động từ 22:00 ngày 12/12/2026 đến (dự kiến khôi phục) 06:00 ngày 13/12/2026.</p></section>");
        assertEquals(Status.PASS, finding.status(), finding.message());
    }

    @Test
    void aNoticeWithoutItFails(@TempDir Path folder) throws IOException {
        AuditFinding finding = withNotice(folder, "<p class=\"notice\">Cổng thông tin tạm ngừng hoạt động để bảo trì từ ngày 12/12/2026.</p>");
        assertEquals(Status.FAIL, finding.status(), finding.message());
        assertTrue(finding.message().contains("không ghi thời gian dự kiến khôi phục"), finding.message());
    }
}
