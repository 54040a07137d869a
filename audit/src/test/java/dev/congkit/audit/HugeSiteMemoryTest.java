package dev.congkit.audit;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A site of large pages full of links is audited in a JVM limited to 256 MiB: the auditor keeps
 * what it found, not every parsed page, and bounds what it reads per site. Requirement: MONITORING.
 */
class HugeSiteMemoryTest {

    /** About 1 MB: 10 000 links to further pages of the same kind, each with a name of its own. */
    private static byte[] hugePage(String path) {
        StringBuilder html = new StringBuilder(4_300_000).append("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\">"
                + "<title>Trang lớn</title></head><body><main><h1>Danh bạ ").append(path).append("</h1>");
        for (int i = 0; i < 10_000; i++) {
            html.append("<p><a href=\"/trang/").append(path.hashCode() & 0xffff).append('-').append(i)
                    .append("\">Liên hệ cán bộ số ").append(i).append(" — Nguyễn Thị Hường, Phó Chủ tịch UBND xã</a></p>\n");
        }
        return html.append("</main><footer>Địa chỉ: xã Mẫu Sơn. Email: ubnd@mauson.gov.vn</footer></body></html>")
                .toString().getBytes(StandardCharsets.UTF_8);
    }

    /** Run in the child JVM: audits the URL given and prints the pages read and the notes. */
    public static void main(String[] args) {
        SiteReport report = new Auditor(Audits.options().withMaxBytes(5L << 20, 12L << 20)).audit(args[0]);
        System.out.println("reachable=" + report.reachable() + " pages=" + report.pages().size() + " findings="
                + report.findings().size() + " notes=" + report.notes());
    }

    @Test
    void aSiteOfHugePagesIsAuditedWithin256MiB() throws IOException, InterruptedException {
        try (HostileServer site = new HostileServer()) {
            site.on("/", e -> HostileServer.send(e, 200, "text/html; charset=utf-8", hugePage("/")));
            for (int i = 0; i < 40; i++) {
                int page = i;
                // the first links of every page: what the crawler reads
                site.on("/trang/" + ("/".hashCode() & 0xffff) + "-" + page,
                        e -> HostileServer.send(e, 200, "text/html; charset=utf-8", hugePage("/" + page)));
            }
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                    "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"), HugeSiteMemoryTest.class.getName(),
                    site.base() + "/").redirectErrorStream(true).start();
            String output;
            try (InputStream out = child.getInputStream()) {
                output = new String(out.readAllBytes(), StandardCharsets.UTF_8);
            }
            assertTrue(child.waitFor(5, TimeUnit.MINUTES), "the child audit ended");
            assertEquals(0, child.exitValue(), output);
            assertTrue(output.contains("reachable=true"), output);
            assertTrue(output.matches("(?s).*pages=([2-9]|\\d\\d).*"), "more than the home page was read: " + output);
            System.out.println("child audit under -Xmx256m: " + output.strip());
        }
    }
}
