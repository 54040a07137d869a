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

/** DOCS-LIST: a list of the commune's documents with number, symbol, date and a search, judged from the pages read. */
class DocsJudgeTest {

    private static AuditFinding docs(Path folder, String from, String to) throws IOException {
        Path index = Audits.copySite(folder);
        Path list = index.resolveSibling("van-ban-xa.html");
        String page = Files.readString(list, StandardCharsets.UTF_8);
        if (from != null) {
            String changed = page.replaceAll(from, to);
            assertTrue(!changed.equals(page), "the variant must change the page");
            Files.writeString(list, changed, StandardCharsets.UTF_8);
        }
        return SavedPagesAuditTest.find(audit(index), "DOCS-LIST");
    }

    @Test
    void aListWithNumbersDatesAndASearchPassesAndIsCounted(@TempDir Path folder) throws IOException {
        AuditFinding finding = docs(folder, null, null);
        assertEquals(Status.PASS, finding.status());
        assertTrue(finding.message().contains("5 văn bản có số, ký hiệu và ngày ban hành; 5 văn bản trong 30 ngày qua, mới nhất ngày 19/11/2026"),
                finding.message());
    }

    @Test
    void withoutASearchBoxItFails(@TempDir Path folder) throws IOException {
        AuditFinding finding = docs(folder, "<form.*?</form>", "");
        assertEquals(Status.FAIL, finding.status());
        assertTrue(finding.message().contains("không có ô tìm kiếm"), finding.message());
    }

    @Test
    void documentsPostedAsNewsWithoutNumbersAreNoList(@TempDir Path folder) throws IOException {
        AuditFinding finding = docs(folder, "<th scope=\"row\">[^<]+</th>", "<th scope=\"row\">Văn bản</th>");
        assertEquals(Status.FAIL, finding.status());
        assertTrue(finding.message().startsWith("Có trang văn bản nhưng không có danh sách"), finding.message());
    }

    @Test
    void aListAsItemsWithThePartysFormIsReadToo(@TempDir Path folder) throws IOException {
        String items = "<ul>" + "<li><a href=\"a.pdf\">15-NQ/ĐU</a> ngày 02/11/2026: Nghị quyết về công tác cán bộ</li>".repeat(1)
                + "<li>Số 45/UBND-VP ngày 03/11/2026 về việc thu ngân sách</li><li>01/2026/QĐ-UBND ngày 04/11/2026 ban hành quy định</li></ul>";
        AuditFinding finding = docs(folder, "(?s)<table>.*</table>", items);
        assertEquals(Status.PASS, finding.status(), finding.message());
        assertTrue(finding.message().contains("3 văn bản"), finding.message());
    }
}
