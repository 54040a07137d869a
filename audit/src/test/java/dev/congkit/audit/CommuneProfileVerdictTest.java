package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * COMMUNE-PROFILE counts content, not its promise: a map page that says only "Đang cập nhật" is no
 * map, and a land notice about "tờ bản đồ số 12" is not the commune's map either; a topic named by
 * a menu header that is no link ("Điều kiện tự nhiên, xã hội" ▸ …) counts.
 */
class CommuneProfileVerdictTest {

    @Test
    void aPlaceholderPageAndACadastralSheetAreNoMap() {
        SiteReport report = Audits.audit(Path.of("src/test/resources/sites/placeholder/index.html"));
        assertNotEquals("pass", Audits.statuses(report).get("COMMUNE-PROFILE"));
        String message = report.findings().stream().filter(f -> f.requirement().equals("COMMUNE-PROFILE")).findFirst().orElseThrow().message();
        assertTrue(message.contains("bản đồ địa giới hành chính") && !message.contains("lịch sử") && !message.contains("tổ chức bộ máy"), message);
    }

    @Test
    void aTopicNamedByAMenuHeaderCounts() {
        SiteReport report = Audits.audit(Path.of("src/test/resources/sites/menu-header/index.html"));
        assertEquals("pass", Audits.statuses(report).get("COMMUNE-PROFILE"), Audits.finding(report, "COMMUNE-PROFILE"));
    }
}
